namespace LandPlatform.IntegrationContracts.Indicators;

/// <summary>
/// The indicators of the platform's indicator table (one definition everywhere: admission, contracts,
/// monitoring). The codes travel in events and gRPC; a service never invents a second name for one of them.
/// </summary>
public static class IndicatorCodes
{
    /// <summary>项目总投资, 万元.</summary>
    public const string TotalInvestment = "total-investment";

    /// <summary>固定资产投资强度 = fixed-asset investment ÷ land area, 万元/亩.</summary>
    public const string FixedAssetInvestmentIntensity = "fixed-asset-investment-intensity";

    /// <summary>亩均产值 = annual output ÷ land area, 万元/亩.</summary>
    public const string OutputPerMu = "output-per-mu";

    /// <summary>亩均税收 = annual tax paid in the district ÷ land area, 万元/亩.</summary>
    public const string TaxPerMu = "tax-per-mu";

    /// <summary>Annual revenue ÷ floor area, 亿元/万m²/年 (Shijingshan).</summary>
    public const string RevenuePerFloorArea = "revenue-per-floor-area";

    /// <summary>Annual contribution to district finance ÷ floor area, 万元/万m²/年 (Shijingshan).</summary>
    public const string FiscalContributionPerFloorArea = "fiscal-contribution-per-floor-area";

    /// <summary>研发经费支出与主营业务收入比, %.</summary>
    public const string RndExpenseRatio = "rnd-expense-ratio";

    /// <summary>研发人员与从业人员比, %.</summary>
    public const string RndStaffRatio = "rnd-staff-ratio";

    /// <summary>单位能耗增加值, 万元/吨标煤.</summary>
    public const string ValueAddedPerEnergy = "value-added-per-energy";

    /// <summary>单位排放增加值, 万元/吨.</summary>
    public const string ValueAddedPerEmission = "value-added-per-emission";

    /// <summary>科技成果数量: a self-use project's technology results (Binhai art. 13(一)), count.</summary>
    public const string TechnologyResults = "technology-results";

    /// <summary>Quality enterprises attracted into a market project (Binhai art. 13), count.</summary>
    public const string QualityEnterprisesAttracted = "quality-enterprises-attracted";

    public static IReadOnlyList<string> All { get; } =
    [
        TotalInvestment, FixedAssetInvestmentIntensity, OutputPerMu, TaxPerMu, RevenuePerFloorArea,
        FiscalContributionPerFloorArea, RndExpenseRatio, RndStaffRatio, ValueAddedPerEnergy, ValueAddedPerEmission,
        TechnologyResults, QualityEnterprisesAttracted,
    ];

    public static bool IsKnown(string? code) => code is not null && All.Contains(code, StringComparer.Ordinal);
}
