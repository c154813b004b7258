namespace LandPlatform.Credit.Domain;

/// <summary>How long land must have been idle before idle land opens a notice (national: 2 years, recovery without compensation).</summary>
public sealed record IdleLandThreshold(int Years, string Clause);
