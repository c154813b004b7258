using LandPlatform.Contracts.Domain.Lifecycle;
using LandPlatform.Contracts.Domain.Limits;
using LandPlatform.CreditChecks;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace LandPlatform.Contracts.Api;

/// <summary>
/// The problems the contracts endpoints return besides validation and business rules: an illegal step (409 with
/// the state and the allowed steps), a limit broken (409 naming every rule), a concurrent change (409), the credit
/// office unreachable (503). An endpoint filter, so the audit middleware records the rejection with its status.
/// </summary>
internal sealed class ContractProblemFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        try
        {
            return await next(context);
        }
        catch (IllegalTransitionException e)
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status409Conflict,
                title: "This step is not allowed in the contract's state",
                detail: e.Message,
                extensions: new Dictionary<string, object?>
                {
                    ["rule"] = "StepMustBeAllowedInTheCurrentState",
                    ["state"] = e.State.ToString(),
                    ["allowedSteps"] = e.AllowedNext.Select(a => a.ToString()).ToArray(),
                });
        }
        catch (DbUpdateConcurrencyException)
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status409Conflict,
                title: "The contract changed meanwhile",
                detail: "It was changed by another step (or the daily job) while this one was taken. Nothing was stored; read it again.",
                extensions: new Dictionary<string, object?> { ["rule"] = "ConcurrentChange" });
        }
        catch (CreditOfficeUnavailableException e)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "The credit office did not answer", detail: e.Message);
        }
    }
}

internal static class ContractProblems
{
    public static TBuilder WithContractProblems<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter<TBuilder, ContractProblemFilter>();

    public static ProblemHttpResult NotFound(string what, Guid id) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: $"There is no {what} {id}.");

    /// <summary>A request over one or more limits: 409, <c>rule</c> = the first, <c>refusals</c> = all with their clauses.</summary>
    public static ProblemHttpResult LimitsBroken(IReadOnlyList<Refusal> refusals) => TypedResults.Problem(
        statusCode: StatusCodes.Status409Conflict,
        title: "The request breaks a limit of the contract",
        detail: string.Join(" ", refusals.Select(r => r.Message)),
        extensions: new Dictionary<string, object?>
        {
            ["rule"] = refusals[0].GetType().Name,
            ["clause"] = refusals[0].Clause,
            ["refusals"] = refusals.Select(r => new { rule = r.GetType().Name, r.Message, r.Clause }).ToArray(),
        });
}
