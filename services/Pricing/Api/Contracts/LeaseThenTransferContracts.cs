using LandPlatform.Pricing.Domain.LeaseThenTransfer;
using LandPlatform.Pricing.Domain.PolicyPacks;

namespace LandPlatform.Pricing.Api.Contracts;

/// <summary>
/// <c>POST /lease-then-transfer</c>. New land gives <see cref="WinningPrice"/>; stock land gives
/// <see cref="StockLand"/> = true and <see cref="SupplementaryLandRevenue"/>. Absent <see cref="StockLand"/>
/// and <see cref="MajorProject"/> mean false (the strict side of the term limits).
/// </summary>
public sealed record LeaseThenTransferRequestBody(
    string? PolicyPack,
    string? District,
    DateOnly? ValuationDate,
    decimal? WinningPrice,
    int? LeaseYears,
    int? GrantYears,
    bool? MajorProject,
    bool? StockLand,
    decimal? SupplementaryLandRevenue,
    int? RenewalYears)
{
    public LeaseThenTransferRequest ToDomain() => new(
        new PolicyPackReference(PolicyPack, District), ValuationDate, WinningPrice, StockLand, SupplementaryLandRevenue,
        LeaseYears, GrantYears, MajorProject, RenewalYears);
}

/// <summary>
/// The schedule. <see cref="BidDeposit"/> is null for stock land (allocated by agreement, no bidding);
/// <see cref="RenewalRentTotal"/> only when renewal years were asked for.
/// </summary>
public sealed record LeaseThenTransferResponse(
    string PolicyPack,
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
    IReadOnlyList<StepResponse> Steps,
    IReadOnlyList<WarningResponse> Warnings)
{
    public static LeaseThenTransferResponse From(LeaseThenTransferSchedule s) => new(
        s.PolicyPackId, s.ValuationDate, s.StockLand, s.PriceBasis, s.LeaseYears, s.GrantYears, s.AnnualRent,
        s.TotalLeaseRent, s.BidDeposit, s.TransferPrice, s.RenewalRentPerYear, s.MaxRenewalYears, s.RenewalRentTotal,
        StepResponse.From(s.Steps), WarningResponse.From(s.Warnings));
}
