namespace LandPlatform.Pricing.Domain.PolicyPacks;

/// <summary>
/// How a request chooses its pack: by id, or by district (the pack in force on the valuation date).
/// Exactly one of the two is given.
/// </summary>
public sealed record PolicyPackReference(string? PackId, string? District)
{
    public static PolicyPackReference ById(string packId) => new(packId, null);

    public static PolicyPackReference ByDistrict(string district) => new(null, district);
}
