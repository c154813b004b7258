using LandPlatform.IntegrationContracts.Indicators;

namespace LandPlatform.Admission.Domain.Units;

/// <summary>
/// One row of the platform's indicator table: its code, its Chinese name, the unit the seeds state it in, and
/// the other units a commitment may be written in (converted for comparison, never stored converted).
/// </summary>
public sealed record IndicatorDefinition(string Code, string Name, MeasureUnit StatedUnit, IReadOnlyList<MeasureUnit> Units)
{
    public static IReadOnlyList<IndicatorDefinition> All { get; } =
    [
        new(IndicatorCodes.TotalInvestment, "项目总投资", MeasureUnit.WanYuan, [MeasureUnit.WanYuan, MeasureUnit.YiYuan]),
        new(IndicatorCodes.FixedAssetInvestmentIntensity, "固定资产投资强度", MeasureUnit.WanYuanPerMu, [MeasureUnit.WanYuanPerMu, MeasureUnit.YuanPerM2Land]),
        new(IndicatorCodes.OutputPerMu, "亩均产值", MeasureUnit.WanYuanPerMu, [MeasureUnit.WanYuanPerMu, MeasureUnit.YuanPerM2Land]),
        new(IndicatorCodes.TaxPerMu, "亩均税收", MeasureUnit.WanYuanPerMu, [MeasureUnit.WanYuanPerMu, MeasureUnit.YuanPerM2Land]),
        new(IndicatorCodes.RevenuePerFloorArea, "单位建筑面积年收入", MeasureUnit.YiYuanPerWanM2, [MeasureUnit.YiYuanPerWanM2, MeasureUnit.WanYuanPerWanM2, MeasureUnit.YuanPerM2Floor]),
        new(IndicatorCodes.FiscalContributionPerFloorArea, "单位建筑面积区级财政贡献", MeasureUnit.WanYuanPerWanM2, [MeasureUnit.WanYuanPerWanM2, MeasureUnit.YiYuanPerWanM2, MeasureUnit.YuanPerM2Floor]),
        new(IndicatorCodes.RndExpenseRatio, "研发经费支出与主营业务收入比", MeasureUnit.PercentUnit, [MeasureUnit.PercentUnit]),
        new(IndicatorCodes.RndStaffRatio, "研发人员与从业人员比", MeasureUnit.PercentUnit, [MeasureUnit.PercentUnit]),
        new(IndicatorCodes.ValueAddedPerEnergy, "单位能耗增加值", MeasureUnit.WanYuanPerTce, [MeasureUnit.WanYuanPerTce]),
        new(IndicatorCodes.ValueAddedPerEmission, "单位排放增加值", MeasureUnit.WanYuanPerTonne, [MeasureUnit.WanYuanPerTonne]),
        new(IndicatorCodes.QualityEnterprisesAttracted, "优质企业招引数量", MeasureUnit.Enterprises, [MeasureUnit.Enterprises]),
    ];

    public static IndicatorDefinition? Find(string? code) => All.FirstOrDefault(d => d.Code == code);

    /// <summary>The unit named by <paramref name="symbol"/> among this indicator's units (元/m² is land or floor by the indicator).</summary>
    public MeasureUnit? Unit(string? symbol) => Units.FirstOrDefault(u => u.Symbol == symbol?.Trim());

    public bool IsPercent => StatedUnit.Dimension == MeasureUnit.Percent;
}
