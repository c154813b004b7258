using LandPlatform.Pricing.Domain.PolicyPacks;

namespace LandPlatform.Pricing.Domain.Explanation;

/// <summary>
/// What every computation returns: a result, a policy refusal, bad input, or an unusable policy pack.
/// The REST layer maps these to 200, 422, 400 and 404/422 without inspecting messages.
/// </summary>
public abstract record PricingOutcome<T>
    where T : class;

public sealed record Computed<T>(T Result) : PricingOutcome<T>
    where T : class;

public sealed record Refused<T>(PricingRefusal Refusal) : PricingOutcome<T>
    where T : class;

public sealed record InvalidInput<T>(IReadOnlyList<InputError> Errors) : PricingOutcome<T>
    where T : class;

public sealed record PackUnavailable<T>(PolicyPackError Error) : PricingOutcome<T>
    where T : class;
