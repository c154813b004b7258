namespace LandPlatform.Admission.Domain.Evaluation;

/// <summary>
/// What an enterprise states in its application for a parcel: who it is, its GB/T 4754 sector and catalog
/// industry, the project, investment, the building plan (floor area by use, smallest units, density, green ratio,
/// the green-building label), the self-held share and the value it commits to for each indicator the standard names.
/// </summary>
public sealed record ApplicationContent(
    string Uscc,
    string EnterpriseName,
    string SectorCode,
    string IndustryCode,
    string ProjectName,
    decimal TotalInvestmentWanYuan,
    decimal FixedAssetInvestmentWanYuan,
    BuildingPlan Plan,
    decimal SelfHeldSharePercent,
    IReadOnlyList<Commitment> Commitments,
    IReadOnlyList<Attachment> Attachments,
    string? ProjectKind = null)
{
    public Commitment? Commitment(string code) => Commitments.FirstOrDefault(c => c.Code == code);
}

/// <summary>Above-ground floor area by use; <see cref="TotalM2"/> must be their sum.</summary>
public sealed record BuildingPlan(
    decimal ProductionM2,
    decimal RndM2,
    decimal SupportingM2,
    decimal TotalM2,
    decimal? SmallestRndUnitM2,
    decimal? SmallestProductionUnitM2,
    decimal BuildingDensityPercent,
    decimal GreenRatioPercent,
    bool Renovation,
    int GreenBuildingStars);

/// <summary>The value committed for one indicator, in the unit the enterprise wrote it in.</summary>
public sealed record Commitment(string Code, decimal Value, string Unit);

/// <summary>An attached document by name and SHA-256 (hex), so the file reviewed is the file filed.</summary>
public sealed record Attachment(string Name, string Sha256);
