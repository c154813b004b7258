using LandPlatform.Pricing.Domain.PolicyPacks;
using LandPlatform.Pricing.Domain.ReservePrices;

namespace LandPlatform.Pricing.Api.Contracts;

/// <summary>
/// <c>POST /quotes</c>. Every field is optional in JSON so that a field the pack needs but the clerk left
/// out is reported by name (400), never defaulted. <see cref="PolicyPack"/> names the pack; alternatively
/// <see cref="District"/> picks the pack in force on <see cref="ValuationDate"/> (today in Beijing if absent).
/// Xihu takes <see cref="IndustrialAppraisalPerMu"/> (元/亩) instead of the per-m² benchmark.
/// </summary>
public sealed record QuoteRequest(
    string? PolicyPack,
    string? District,
    DateOnly? ValuationDate,
    string? LandUse,
    decimal? LandAreaM2,
    decimal? FloorAreaRatio,
    decimal? IndustrialBenchmarkPricePerM2,
    decimal? IndustrialAppraisalPerMu,
    int? LandGrade,
    decimal? SelfHeldShare,
    bool? BeijingRelocation,
    int? TermYears)
{
    public ReservePriceRequest ToDomain() => new(
        new PolicyPackReference(PolicyPack, District),
        ValuationDate,
        LandUse,
        LandAreaM2,
        FloorAreaRatio,
        IndustrialBenchmarkPricePerM2,
        IndustrialAppraisalPerMu,
        LandGrade,
        SelfHeldShare,
        BeijingRelocation,
        TermYears);
}
