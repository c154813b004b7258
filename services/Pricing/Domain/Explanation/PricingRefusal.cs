namespace LandPlatform.Pricing.Domain.Explanation;

/// <summary>
/// A well-formed request that the policy forbids (e.g. <c>SelfHeldShareBelowMinimum</c>,
/// <c>TermExceedsMaximum</c>, <c>BelowNationalMinimum</c>). Carries the steps computed up to the
/// refusal so the reason can be checked like a price.
/// </summary>
public sealed record PricingRefusal(string Rule, string Clause, string Message, IReadOnlyList<PricingStep> StepsSoFar);
