namespace LandPlatform.Admission.Domain.Standards;

/// <summary>
/// A minimum the standard sets for one indicator, in the unit it is written in, with its clause. Thresholds that
/// share a <see cref="Group"/> are alternatives (one passing passes the group).
/// </summary>
public sealed record IndicatorThreshold(string Code, decimal Value, string Unit, string Clause, string? Group = null);
