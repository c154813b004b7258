using LandPlatform.Admission.Domain.Rules;
using LandPlatform.SeedWork;
using Microsoft.EntityFrameworkCore;

namespace LandPlatform.Admission.Api;

/// <summary>
/// An illegal step answers 409 with the current state and the steps allowed next, so a clerk's screen can offer
/// them; a change that lost a race with another clerk's answers 409 too (read again and retry). Other broken
/// rules pass on to the shared filter.
/// </summary>
internal sealed class WorkflowProblemFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        try
        {
            return await next(context);
        }
        catch (BusinessRuleBrokenException e) when (e.Rule is StepMustBeAllowedInTheState step)
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status409Conflict,
                title: "This step is not allowed in the application's current state",
                detail: e.Message,
                extensions: new Dictionary<string, object?>
                {
                    ["rule"] = e.RuleName,
                    ["clause"] = e.Rule.Clause,
                    ["currentState"] = step.Status.ToString(),
                    ["allowedNextSteps"] = step.Allowed,
                });
        }
        catch (DbUpdateConcurrencyException)
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status409Conflict,
                title: "The record changed meanwhile",
                detail: "Someone else changed it while this request was made; nothing was saved. Read it again and retry.");
        }
    }
}
