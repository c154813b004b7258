using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using LandPlatform.SeedWork;

namespace LandPlatform.ServiceDefaults.Problems;

/// <summary>
/// A broken business rule becomes a 409 problem naming the rule (<c>rule</c> = the rule's type name,
/// stable for clients and tests) and the clause it comes from (<c>clause</c>). An endpoint filter rather
/// than an exception handler, so the response is produced inside the endpoint: the audit middleware
/// records the rejection as 409, and nothing was saved because rules are checked before any change.
/// </summary>
public sealed class BusinessRuleProblemFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        try
        {
            return await next(context);
        }
        catch (BusinessRuleBrokenException e)
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status409Conflict,
                title: "A business rule refuses this request",
                detail: e.Message,
                type: "https://tools.ietf.org/html/rfc9110#section-15.5.10",
                extensions: new Dictionary<string, object?>
                {
                    ["rule"] = e.RuleName,
                    ["clause"] = e.Rule.Clause,
                });
        }
    }
}

public static class BusinessRuleProblemExtensions
{
    /// <summary>Broken business rules on these endpoints become 409 problems naming the rule.</summary>
    public static TBuilder WithBusinessRuleProblems<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter<TBuilder, BusinessRuleProblemFilter>();
}
