namespace LandPlatform.Pricing.Domain.PolicyPacks;

/// <summary>
/// The pricing part of a pack. Each section is present only if the document sets it; a computation
/// whose section is absent is refused with <c>NoRuleInPolicyPack</c> rather than guessed.
/// </summary>
public sealed record PricingRules(
    GrantTermRules? GrantTerms,
    BenchmarkReservePriceRules? BenchmarkReservePrice,
    AppraisalReservePriceRules? AppraisalReservePrice,
    LeaseThenTransferRules? LeaseThenTransfer,
    PerformanceDepositRules? PerformanceDeposit,
    CompensationRules? Compensation,
    LandCostAllocationRules? LandCostAllocation,
    string? Note);
