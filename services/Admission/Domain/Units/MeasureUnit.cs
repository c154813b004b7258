using System.Globalization;

namespace LandPlatform.Admission.Domain.Units;

/// <summary>
/// A unit as the seeds write it, and how it converts to the base unit used only for comparison.
/// 1 亩 = 10000/15 m², so 1 万元/亩 = 10⁴ 元 ÷ (10000/15 m²) = 15 元/m²; 1 亿元/万m² = 10⁸ 元 ÷ 10⁴ m² = 10⁴ 元/m²;
/// 1 万元/万m² = 1 元/m² (the indicator table's units). Values stay in their stated unit everywhere else.
/// </summary>
public sealed record MeasureUnit(string Symbol, string BaseSymbol, decimal ToBase, string Dimension)
{
    public const string MoneyPerLandArea = "money per land area";
    public const string MoneyPerFloorArea = "money per floor area per year";
    public const string Money = "money";
    public const string Percent = "percent";
    public const string PerEnergy = "value added per energy";
    public const string PerEmission = "value added per emission";
    public const string Count = "count";

    public static readonly MeasureUnit WanYuanPerMu = new("万元/亩", "元/m²", 15m, MoneyPerLandArea);
    public static readonly MeasureUnit YuanPerM2Land = new("元/m²", "元/m²", 1m, MoneyPerLandArea);
    public static readonly MeasureUnit YiYuanPerWanM2 = new("亿元/万m²", "元/m²", 10_000m, MoneyPerFloorArea);
    public static readonly MeasureUnit WanYuanPerWanM2 = new("万元/万m²", "元/m²", 1m, MoneyPerFloorArea);
    public static readonly MeasureUnit YuanPerM2Floor = new("元/m²", "元/m²", 1m, MoneyPerFloorArea);
    public static readonly MeasureUnit WanYuan = new("万元", "元", 10_000m, Money);
    public static readonly MeasureUnit YiYuan = new("亿元", "元", 100_000_000m, Money);
    public static readonly MeasureUnit PercentUnit = new("%", "%", 1m, Percent);
    public static readonly MeasureUnit WanYuanPerTce = new("万元/吨标煤", "万元/吨标煤", 1m, PerEnergy);
    public static readonly MeasureUnit WanYuanPerTonne = new("万元/吨", "万元/吨", 1m, PerEmission);
    public static readonly MeasureUnit Enterprises = new("家", "家", 1m, Count);

    public decimal Convert(decimal value) => value * ToBase;

    /// <summary>The conversion as a clerk checks it, e.g. "500 万元/亩 × 15 = 7500 元/m²".</summary>
    public string Explain(decimal value) => ToBase == 1m && Symbol == BaseSymbol
        ? $"{Format(value)} {Symbol}"
        : $"{Format(value)} {Symbol} × {Format(ToBase)} = {Format(Convert(value))} {BaseSymbol}";

    public static string Format(decimal value) =>
        value.ToString("0.############", CultureInfo.InvariantCulture);
}
