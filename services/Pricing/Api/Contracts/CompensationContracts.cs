using LandPlatform.Pricing.Domain.Compensation;
using LandPlatform.Pricing.Domain.PolicyPacks;

namespace LandPlatform.Pricing.Api.Contracts;

/// <summary>
/// <c>POST /compensation</c>: any of <c>land</c>, <c>leaseRent</c>, <c>buildings</c>. The parts reuse the
/// domain's input records because the domain names its errors by exactly these JSON paths
/// (<c>land.yearsUsed</c>, <c>buildings[0].newness</c>).
/// </summary>
public sealed record CompensationRequestBody(
    string? PolicyPack,
    string? District,
    DateOnly? ValuationDate,
    LandRefundInput? Land,
    LeaseRentRefundInput? LeaseRent,
    IReadOnlyList<BuildingInput>? Buildings)
{
    public CompensationRequest ToDomain() =>
        new(new PolicyPackReference(PolicyPack, District), ValuationDate, Land, LeaseRent, Buildings);
}

/// <summary>What the government pays on recovery, by part; a part not asked for is null.</summary>
public sealed record CompensationResponse(
    string PolicyPack,
    DateOnly ValuationDate,
    decimal? LandRefund,
    decimal? LeaseRentRefund,
    decimal? BuildingsCompensation,
    decimal TotalCompensation,
    IReadOnlyList<StepResponse> Steps,
    IReadOnlyList<WarningResponse> Warnings)
{
    public static CompensationResponse From(RecoveryCompensation c) => new(
        c.PolicyPackId, c.ValuationDate, c.LandRefund, c.LeaseRentRefund, c.BuildingsCompensation, c.TotalCompensation,
        StepResponse.From(c.Steps), WarningResponse.From(c.Warnings));
}
