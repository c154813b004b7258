using LandPlatform.Pricing.Domain.Explanation;

namespace LandPlatform.Pricing.Domain.NationalMinimum;

/// <summary>A passed check: the price's 50-year land-area equivalent and the threshold it met.</summary>
public sealed record NationalMinimumCheckResult(
    decimal FiftyYearEquivalentPerM2,
    decimal ThresholdPerM2,
    IReadOnlyList<PricingStep> Steps,
    IReadOnlyList<PricingWarning> Warnings);
