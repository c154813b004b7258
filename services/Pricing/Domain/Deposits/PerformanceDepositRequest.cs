using LandPlatform.Pricing.Domain.PolicyPacks;

namespace LandPlatform.Pricing.Domain.Deposits;

/// <summary>Performance deposit (履约保证金) request: the total land price and whether the parcel is lease-then-transfer.</summary>
public sealed record PerformanceDepositRequest(
    PolicyPackReference PolicyPack,
    DateOnly? ValuationDate = null,
    decimal? TotalPrice = null,
    bool? LeaseThenTransfer = null);
