using LandPlatform.Pricing.Domain.PolicyPacks;

namespace LandPlatform.Pricing.Domain.Compensation;

/// <summary>
/// Compensation on recovery (收回): any of the land refund, the lease-rent refund and the buildings,
/// each computed by the pack's own rule. At least one part is required.
/// </summary>
public sealed record CompensationRequest(
    PolicyPackReference PolicyPack,
    DateOnly? ValuationDate = null,
    LandRefundInput? Land = null,
    LeaseRentRefundInput? LeaseRent = null,
    IReadOnlyList<BuildingInput>? Buildings = null);

/// <summary>
/// Granted land: the original price and term with the years used (Xihu), or an appraised amount
/// (Shijingshan, whose document gives no formula). Years used may be fractional.
/// </summary>
public sealed record LandRefundInput(decimal? OriginalPrice = null, int? TermYears = null, decimal? YearsUsed = null, decimal? AppraisedAmount = null);

/// <summary>Leased land: the total lease rent paid for the lease period, its years, years used, the contract penalty.</summary>
public sealed record LeaseRentRefundInput(decimal? TotalLeaseRent = null, int? LeaseYears = null, decimal? YearsUsed = null, decimal? Penalty = null);

/// <summary>
/// One building: replacement cost and newness (成新率, 0–1) and whether it can still be used, or its
/// appraised value, depending on the pack's method.
/// </summary>
public sealed record BuildingInput(string? Name = null, decimal? ReplacementCost = null, decimal? Newness = null, bool? Reusable = null, decimal? AppraisedValue = null);
