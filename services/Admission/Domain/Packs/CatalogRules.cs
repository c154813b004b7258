namespace LandPlatform.Admission.Domain.Packs;

/// <summary>
/// Which enterprises and industries a pack admits: the GB/T 4754-2017 sections an enterprise must belong to (empty =
/// any), the catalog of industries with each one's standing, and whether an industry outside the catalog may be
/// admitted with the district government's consent (Shijingshan 三（一）).
/// </summary>
public sealed record CatalogRules(
    IReadOnlyList<string> SectorSections,
    string? SectorClause,
    IReadOnlyList<CatalogIndustry> Industries,
    string IndustryClause,
    string? ConsentClause = null)
{
    public CatalogIndustry? Find(string? code) => Industries.FirstOrDefault(i => i.Code == code?.Trim());
}

/// <param name="Standing">Leading, Cultivated or Listed: admitted; NeedsConsent: only with the district government's consent.</param>
public sealed record CatalogIndustry(string Code, string Name, string Standing)
{
    public const string NeedsConsent = "NeedsConsent";

    public bool RequiresConsent => Standing == NeedsConsent;
}
