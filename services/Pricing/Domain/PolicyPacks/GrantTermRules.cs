namespace LandPlatform.Pricing.Domain.PolicyPacks;

/// <summary>
/// A pack's own term limits (shorter than the national maximum, never longer).
/// <see cref="MajorProjectExtensionClause"/> set means an approved major project may go up to the
/// national legal maximum for the use instead.
/// </summary>
public sealed record GrantTermRules(CitedNumber? MaxGrantYears, CitedNumber? MaxLeaseYears, string? MajorProjectExtensionClause);
