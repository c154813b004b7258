namespace LandPlatform.Pricing.Domain.PolicyPacks;

/// <summary>Performance deposit (履约保证金) as a minimum share of the total land price (Hangzhou art. 8).</summary>
public sealed record PerformanceDepositRules(CitedNumber MinimumShareOfTotalPrice, string? LeaseThenTransferExemptClause);
