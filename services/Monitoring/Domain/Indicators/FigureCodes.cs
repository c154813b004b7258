namespace LandPlatform.Monitoring.Domain.Indicators;

/// <summary>Who confirms a reported figure: the bureau that holds the source records.</summary>
public enum OwningBureau
{
    Statistics,
    Tax,
}

/// <summary>One figure an enterprise reports per period, in base units (元, m², persons, tonnes, counts).</summary>
public sealed record FigureDefinition(string Code, string Unit, OwningBureau Owner, string Name, bool Count = false);

/// <summary>
/// The figures of an indicator report (issue 12: investment, output, tax, revenue, fiscal contribution, energy,
/// emissions, R&amp;D, staff, developed land and floor area, quality enterprises attracted). Tax owns what is paid to the
/// district; statistics owns the rest (石龙方案 二（三）1: 统计局…对入驻企业产值、税收、利润、固定资产投资、能耗等指标进行全面统计,
/// while the tax paid is the tax bureau's own record). Value added is reported too: the energy and emission
/// indicators divide it.
/// </summary>
public static class FigureCodes
{
    public const string TotalInvestment = "totalInvestment";
    public const string FixedAssetInvestment = "fixedAssetInvestment";
    public const string OutputValue = "outputValue";
    public const string TaxPaid = "taxPaid";
    public const string Revenue = "revenue";
    public const string FiscalContribution = "fiscalContribution";
    public const string ValueAdded = "valueAdded";
    public const string EnergyUsed = "energyUsed";
    public const string Emissions = "emissions";
    public const string RndExpense = "rndExpense";
    public const string RndStaff = "rndStaff";
    public const string AllStaff = "allStaff";
    public const string DevelopedLandArea = "developedLandArea";
    public const string FloorArea = "floorArea";
    public const string QualityEnterprisesAttracted = "qualityEnterprisesAttracted";
    public const string TechnologyResults = "technologyResults";

    public static IReadOnlyList<FigureDefinition> All { get; } =
    [
        new(TotalInvestment, "元", OwningBureau.Statistics, "项目总投资"),
        new(FixedAssetInvestment, "元", OwningBureau.Statistics, "固定资产投资"),
        new(OutputValue, "元", OwningBureau.Statistics, "产值"),
        new(TaxPaid, "元", OwningBureau.Tax, "在区内缴纳的税收"),
        new(Revenue, "元", OwningBureau.Statistics, "主营业务收入"),
        new(FiscalContribution, "元", OwningBureau.Tax, "区级财政贡献"),
        new(ValueAdded, "元", OwningBureau.Statistics, "增加值"),
        new(EnergyUsed, "吨标煤", OwningBureau.Statistics, "综合能耗"),
        new(Emissions, "吨", OwningBureau.Statistics, "污染物排放量"),
        new(RndExpense, "元", OwningBureau.Statistics, "研发经费支出"),
        new(RndStaff, "人", OwningBureau.Statistics, "研发人员", Count: true),
        new(AllStaff, "人", OwningBureau.Statistics, "从业人员", Count: true),
        new(DevelopedLandArea, "m²", OwningBureau.Statistics, "已开发土地面积"),
        new(FloorArea, "m²", OwningBureau.Statistics, "建筑面积"),
        new(QualityEnterprisesAttracted, "家", OwningBureau.Statistics, "招引优质企业数量", Count: true),
        new(TechnologyResults, "项", OwningBureau.Statistics, "科技成果数量", Count: true),
    ];

    private static readonly Dictionary<string, FigureDefinition> ByCode = All.ToDictionary(f => f.Code, StringComparer.Ordinal);

    public static FigureDefinition? Find(string code) => ByCode.GetValueOrDefault(code);

    public static IEnumerable<string> OwnedBy(OwningBureau bureau) => All.Where(f => f.Owner == bureau).Select(f => f.Code);
}
