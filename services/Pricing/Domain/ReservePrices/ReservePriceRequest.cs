using LandPlatform.Pricing.Domain.PolicyPacks;

namespace LandPlatform.Pricing.Domain.ReservePrices;

/// <summary>
/// A reserve/starting price request as the API receives it. Every field but the pack is optional
/// here so that a missing field the pack needs is reported by name, not defaulted.
/// <see cref="ValuationDate"/> null → today in Beijing time from the injected clock.
/// </summary>
public sealed record ReservePriceRequest(
    PolicyPackReference PolicyPack,
    DateOnly? ValuationDate = null,
    string? LandUse = null,
    decimal? LandAreaM2 = null,
    decimal? FloorAreaRatio = null,
    decimal? IndustrialBenchmarkPricePerM2 = null,
    decimal? IndustrialAppraisalPerMu = null,
    int? LandGrade = null,
    decimal? SelfHeldShare = null,
    bool? BeijingRelocation = null,
    int? TermYears = null);
