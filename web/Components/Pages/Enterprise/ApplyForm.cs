using LandPlatform.Web.Api;

namespace LandPlatform.Web.Components.Pages.Enterprise;

/// <summary>The application form as posted; <see cref="Commitments"/> follow the standard's indicators in order.</summary>
public sealed class ApplyForm
{
    public string? Uscc { get; set; }

    public string? EnterpriseName { get; set; }

    public string? SectorCode { get; set; }

    public string? IndustryCode { get; set; }

    public string? ProjectName { get; set; }

    public decimal? TotalInvestmentWanYuan { get; set; }

    public decimal? FixedAssetInvestmentWanYuan { get; set; }

    public decimal? SelfHeldSharePercent { get; set; }

    public decimal? ProductionM2 { get; set; }

    public decimal? RndM2 { get; set; }

    public decimal? SupportingM2 { get; set; }

    public decimal? TotalM2 { get; set; }

    public decimal? SmallestRndUnitM2 { get; set; }

    public decimal? SmallestProductionUnitM2 { get; set; }

    public decimal? BuildingDensityPercent { get; set; }

    public decimal? GreenRatioPercent { get; set; }

    public int? GreenBuildingStars { get; set; }

    public bool Renovation { get; set; }

    public List<decimal?> Commitments { get; set; } = [];

    /// <summary>The admission service's request (ParcelApplicationRequest), with the attachment's name and SHA-256.</summary>
    public object ToRequest(StandardTerms terms, (string Name, string Sha256)? attachment) => new
    {
        uscc = Uscc?.Trim(),
        enterpriseName = EnterpriseName?.Trim(),
        sectorCode = SectorCode?.Trim(),
        industryCode = IndustryCode?.Trim(),
        projectName = ProjectName?.Trim(),
        totalInvestmentWanYuan = TotalInvestmentWanYuan,
        fixedAssetInvestmentWanYuan = FixedAssetInvestmentWanYuan,
        selfHeldSharePercent = SelfHeldSharePercent,
        plan = new
        {
            productionM2 = ProductionM2,
            rndM2 = RndM2,
            supportingM2 = SupportingM2,
            totalM2 = TotalM2,
            smallestRndUnitM2 = SmallestRndUnitM2,
            smallestProductionUnitM2 = SmallestProductionUnitM2,
            buildingDensityPercent = BuildingDensityPercent,
            greenRatioPercent = GreenRatioPercent,
            renovation = Renovation,
            greenBuildingStars = GreenBuildingStars,
        },
        commitments = terms.Indicators.Select((t, i) => new { code = t.Code, value = i < Commitments.Count ? Commitments[i] : null, unit = t.Unit })
            .Where(c => c.value is not null).ToList(),
        attachments = attachment is { } a ? new[] { new { name = a.Name, sha256 = a.Sha256 } } : [],
    };
}
