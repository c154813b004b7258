namespace LandPlatform.Pricing.Domain.Explanation;

/// <summary>Something the clerk should know about a computed price that does not stop it.</summary>
public sealed record PricingWarning(string Code, string Clause, string Message);
