using LandPlatform.Pricing.Domain.Explanation;

namespace LandPlatform.Pricing.Domain.LeaseThenTransfer;

/// <summary>
/// The money of a lease-then-transfer parcel. <see cref="BidDeposit"/> is null for stock land, which is
/// allocated by agreement (协议方式) and has no bidding. <see cref="RenewalRentTotal"/> is set only when
/// renewal years were requested.
/// </summary>
public sealed record LeaseThenTransferSchedule(
    string PolicyPackId,
    DateOnly ValuationDate,
    bool StockLand,
    decimal PriceBasis,
    int LeaseYears,
    int GrantYears,
    decimal AnnualRent,
    decimal TotalLeaseRent,
    decimal? BidDeposit,
    decimal TransferPrice,
    decimal RenewalRentPerYear,
    int MaxRenewalYears,
    decimal? RenewalRentTotal,
    IReadOnlyList<PricingStep> Steps,
    IReadOnlyList<PricingWarning> Warnings);
