namespace LandPlatform.Pricing.Domain.PolicyPacks;

/// <summary>A number a policy document sets, with the clause that sets it.</summary>
public sealed record CitedNumber(decimal Value, string Clause);
