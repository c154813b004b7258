using LandPlatform.Pricing.Domain.Explanation;

namespace LandPlatform.Pricing.Domain.Compensation;

/// <summary>What the government pays on recovery, by part; a part not requested is null.</summary>
public sealed record RecoveryCompensation(
    string PolicyPackId,
    DateOnly ValuationDate,
    decimal? LandRefund,
    decimal? LeaseRentRefund,
    decimal? BuildingsCompensation,
    decimal TotalCompensation,
    IReadOnlyList<PricingStep> Steps,
    IReadOnlyList<PricingWarning> Warnings);
