using LandPlatform.Pricing.Domain.PolicyPacks;

namespace LandPlatform.Pricing.Domain.LeaseThenTransfer;

/// <summary>
/// A lease-then-transfer (先租后让) schedule request. New land gives <see cref="WinningPrice"/>; stock land
/// gives <see cref="StockLand"/> = true and <see cref="SupplementaryLandRevenue"/> (补缴政府土地收益).
/// <see cref="StockLand"/> and <see cref="MajorProject"/> absent mean false (the API's documented default,
/// the conservative side: a missing majorProject can only make the term limits stricter).
/// <see cref="RenewalYears"/> is the renewal asked for, if any.
/// </summary>
public sealed record LeaseThenTransferRequest(
    PolicyPackReference PolicyPack,
    DateOnly? ValuationDate = null,
    decimal? WinningPrice = null,
    bool? StockLand = null,
    decimal? SupplementaryLandRevenue = null,
    int? LeaseYears = null,
    int? GrantYears = null,
    bool? MajorProject = null,
    int? RenewalYears = null);
