namespace LandPlatform.Pricing.Domain.PolicyPacks;

/// <summary>
/// One district's policy document as versioned data: identity, effective period, and the pricing
/// numbers and rule choices it sets, each with its clause. The national baseline is separate
/// (<see cref="NationalBaseline"/>) because it applies under every pack.
/// </summary>
public sealed record PolicyPack(
    string Id,
    int Version,
    string District,
    string DocumentTitle,
    string? DocumentNumber,
    EffectivePeriod Effective,
    PricingRules Pricing);
