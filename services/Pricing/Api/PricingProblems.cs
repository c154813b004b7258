using LandPlatform.Pricing.Api.Contracts;
using LandPlatform.Pricing.Domain.Explanation;
using LandPlatform.Pricing.Domain.PolicyPacks;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LandPlatform.Pricing.Api;

/// <summary>
/// How a pricing outcome that is not a price becomes a problem response. Status codes follow the outcome's
/// type, never its message: bad input 400 (naming the field and the rule), a policy refusal 422 (rule,
/// clause, steps so far), an unusable pack 422.
/// </summary>
public static class PricingProblems
{
    public const string RefusalType = "https://landplatform.local/problems/pricing-refused";
    public const string PackUnavailableType = "https://landplatform.local/problems/policy-pack-unavailable";

    public static ValidationProblem Invalid(IReadOnlyList<InputError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var byField = errors
            .GroupBy(e => e.Field, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray(), StringComparer.Ordinal);
        return TypedResults.ValidationProblem(
            byField,
            detail: "The request has invalid fields: " + string.Join(", ", byField.Keys) + ".",
            title: "The request is not valid",
            extensions: new Dictionary<string, object?>
            {
                // errors keeps the platform's field → messages shape; violations adds the rule each broke.
                ["violations"] = errors.Select(e => new { field = e.Field, rule = e.Rule, message = e.Message }).ToArray(),
            });
    }

    /// <summary>
    /// 422: the request is well formed but the policy forbids it. The steps computed up to the refusal
    /// come with it so the reason can be checked like a price.
    /// </summary>
    public static ProblemHttpResult Refused(PricingRefusal refusal)
    {
        ArgumentNullException.ThrowIfNull(refusal);
        return TypedResults.Problem(
            statusCode: StatusCodes.Status422UnprocessableEntity,
            title: "Refused by the policy",
            detail: refusal.Message,
            type: RefusalType,
            extensions: new Dictionary<string, object?>
            {
                ["rule"] = refusal.Rule,
                ["clause"] = refusal.Clause,
                ["steps"] = StepResponse.From(refusal.StepsSoFar),
            });
    }

    /// <summary>
    /// 422 rather than 404: the route exists and the request was understood; it names a pack that does
    /// not exist or is not in force on the valuation date, which the clerk fixes in the body.
    /// </summary>
    public static ProblemHttpResult PackUnavailable(PolicyPackError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        var field = error is NoPolicyPackInForce or PolicyPackAmbiguous ? "district" : "policyPack";
        return TypedResults.Problem(
            statusCode: StatusCodes.Status422UnprocessableEntity,
            title: "The policy pack cannot be used",
            detail: error.Message,
            type: PackUnavailableType,
            extensions: new Dictionary<string, object?>
            {
                ["rule"] = error.GetType().Name,
                ["field"] = field,
            });
    }

    /// <summary>The common answer of the calculators that store nothing: the result, or the problem.</summary>
    public static Results<Ok<TResponse>, ValidationProblem, ProblemHttpResult> Respond<T, TResponse>(
        PricingOutcome<T> outcome, Func<T, TResponse> map)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(map);
        return outcome switch
        {
            Computed<T> computed => TypedResults.Ok(map(computed.Result)),
            InvalidInput<T> invalid => Invalid(invalid.Errors),
            Refused<T> refused => Refused(refused.Refusal),
            PackUnavailable<T> unavailable => PackUnavailable(unavailable.Error),
            _ => throw new InvalidOperationException($"unknown pricing outcome {outcome.GetType().Name}"),
        };
    }
}
