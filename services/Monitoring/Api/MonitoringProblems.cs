using LandPlatform.Monitoring.Domain.Assessments;
using LandPlatform.Monitoring.Infrastructure;
using LandPlatform.SeedWork;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace LandPlatform.Monitoring.Api;

/// <summary>
/// Monitoring's refusals: a broken rule is a 409 naming the rule and clause, and an assessment step out of order also
/// names the steps allowed now; a concurrent change is a 409 too; contracts being down is a 503. Produced inside the
/// endpoint, so nothing was saved and the audit middleware records the refusal.
/// </summary>
internal sealed class MonitoringProblemFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        try
        {
            return await next(context);
        }
        catch (BusinessRuleBrokenException e)
        {
            var extensions = new Dictionary<string, object?> { ["rule"] = e.RuleName, ["clause"] = e.Rule.Clause };
            if (e.Rule is StepsFollowTheOrder order)
            {
                extensions["allowedSteps"] = order.Allowed.Select(s => s.ToString()).ToArray();
            }

            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "A business rule refuses this request", detail: e.Message, extensions: extensions);
        }
        catch (DbUpdateConcurrencyException)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Changed meanwhile",
                detail: "Someone else changed this record at the same time; read it again and repeat.", extensions: new Dictionary<string, object?> { ["rule"] = "ConcurrentChange" });
        }
        catch (ContractsOfficeUnavailableException e)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "Contracts unavailable", detail: e.Message);
        }
    }
}

internal static class MonitoringProblems
{
    public static RouteGroupBuilder WithMonitoringProblems(this RouteGroupBuilder group) => group.AddEndpointFilter<RouteGroupBuilder, MonitoringProblemFilter>();

    public static ProblemHttpResult NotFound(string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: detail);
}
