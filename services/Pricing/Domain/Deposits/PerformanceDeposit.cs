using LandPlatform.Pricing.Domain.Explanation;

namespace LandPlatform.Pricing.Domain.Deposits;

/// <summary>The minimum performance deposit the contract must agree (the document sets a floor, "不低于").</summary>
public sealed record PerformanceDeposit(
    string PolicyPackId,
    DateOnly ValuationDate,
    decimal TotalPrice,
    decimal MinimumDeposit,
    IReadOnlyList<PricingStep> Steps,
    IReadOnlyList<PricingWarning> Warnings);
