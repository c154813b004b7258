using LandPlatform.Pricing.Domain.Deposits;
using LandPlatform.Pricing.Domain.PolicyPacks;

namespace LandPlatform.Pricing.Api.Contracts;

/// <summary><c>POST /deposits</c>: the performance deposit (履约保证金) for a total land price.</summary>
public sealed record PerformanceDepositRequestBody(
    string? PolicyPack,
    string? District,
    DateOnly? ValuationDate,
    decimal? TotalPrice,
    bool? LeaseThenTransfer)
{
    public PerformanceDepositRequest ToDomain() =>
        new(new PolicyPackReference(PolicyPack, District), ValuationDate, TotalPrice, LeaseThenTransfer);
}

/// <summary>The minimum deposit the contract must agree (the document sets a floor).</summary>
public sealed record PerformanceDepositResponse(
    string PolicyPack,
    DateOnly ValuationDate,
    decimal TotalPrice,
    decimal MinimumDeposit,
    IReadOnlyList<StepResponse> Steps,
    IReadOnlyList<WarningResponse> Warnings)
{
    public static PerformanceDepositResponse From(PerformanceDeposit d) => new(
        d.PolicyPackId, d.ValuationDate, d.TotalPrice, d.MinimumDeposit, StepResponse.From(d.Steps), WarningResponse.From(d.Warnings));
}
