using LandPlatform.IntegrationContracts.Indicators;

namespace LandPlatform.Monitoring.Domain.Indicators;

/// <summary>
/// The indicator table of RULES.md as formulas over reported figures, measured in whatever unit the commitment is
/// written in (万元/亩, 元/m², 亿元/万m²/年, %, counts). Full precision throughout; rounding only in the workings text.
/// </summary>
public static class IndicatorFormulas
{
    private const decimal SquareMetresPerMu = 10000m / 15m;

    private enum Over
    {
        Nothing,
        LandArea,
        FloorArea,
        Percent,
        Physical,
    }

    private sealed record Formula(string Numerator, Over Over, string? Denominator = null);

    private static readonly Dictionary<string, Formula> Formulas = new(StringComparer.Ordinal)
    {
        [IndicatorCodes.TotalInvestment] = new(FigureCodes.TotalInvestment, Over.Nothing),
        [IndicatorCodes.FixedAssetInvestmentIntensity] = new(FigureCodes.FixedAssetInvestment, Over.LandArea),
        [IndicatorCodes.OutputPerMu] = new(FigureCodes.OutputValue, Over.LandArea),
        [IndicatorCodes.TaxPerMu] = new(FigureCodes.TaxPaid, Over.LandArea),
        [IndicatorCodes.RevenuePerFloorArea] = new(FigureCodes.Revenue, Over.FloorArea),
        [IndicatorCodes.FiscalContributionPerFloorArea] = new(FigureCodes.FiscalContribution, Over.FloorArea),
        [IndicatorCodes.RndExpenseRatio] = new(FigureCodes.RndExpense, Over.Percent, FigureCodes.Revenue),
        [IndicatorCodes.RndStaffRatio] = new(FigureCodes.RndStaff, Over.Percent, FigureCodes.AllStaff),
        [IndicatorCodes.ValueAddedPerEnergy] = new(FigureCodes.ValueAdded, Over.Physical, FigureCodes.EnergyUsed),
        [IndicatorCodes.ValueAddedPerEmission] = new(FigureCodes.ValueAdded, Over.Physical, FigureCodes.Emissions),
        [IndicatorCodes.QualityEnterprisesAttracted] = new(FigureCodes.QualityEnterprisesAttracted, Over.Nothing),
        [IndicatorCodes.TechnologyResults] = new(FigureCodes.TechnologyResults, Over.Nothing),
    };

    /// <summary>Whether <paramref name="unit"/> is a unit this indicator can be measured in.</summary>
    public static bool Supports(string code, string unit) => Formulas.TryGetValue(code, out var f) && ParseUnit(f, unit) is not null;

    /// <summary>
    /// The actual value of indicator <paramref name="code"/> in <paramref name="unit"/>, with its workings. Given the
    /// <paramref name="standard"/> it will be judged against, the workings print the value so that it never reads as
    /// meeting a standard it misses (<see cref="ComparedFigures"/>).
    /// </summary>
    public static Measurement Measure(string code, string unit, Figures figures, AreaBasis basis, decimal? standard = null)
    {
        string Result(decimal value) => standard is { } s ? ComparedFigures.Print(value, s).Actual : N(value);

        if (!Formulas.TryGetValue(code, out var formula))
        {
            return Measurement.Missing($"'{code}' is not an indicator monitoring can measure");
        }

        if (ParseUnit(formula, unit) is not { } scale)
        {
            return Measurement.Missing($"unit '{unit}' cannot measure {code}");
        }

        var numeratorDefinition = FigureCodes.Find(formula.Numerator)!;
        if (figures.Get(formula.Numerator) is not { } numerator)
        {
            return Measurement.Missing($"{numeratorDefinition.Name} ({formula.Numerator}) was not reported");
        }

        var top = $"{numeratorDefinition.Name} {N(numerator)} {numeratorDefinition.Unit}";
        switch (formula.Over)
        {
            case Over.Nothing when numeratorDefinition.Count:
                return new Measurement(numerator, $"{numeratorDefinition.Name} {Result(numerator)} {numeratorDefinition.Unit}");
            case Over.Nothing:
                return new Measurement(numerator / scale.Money, $"{top} = {Result(numerator / scale.Money)} {unit}");
            case Over.Percent:
            {
                var denominatorDefinition = FigureCodes.Find(formula.Denominator!)!;
                if (figures.Get(formula.Denominator!) is not { } denominator || denominator == 0)
                {
                    return Measurement.Missing($"{denominatorDefinition.Name} ({formula.Denominator}) was not reported or is 0");
                }

                var ratio = numerator / denominator * 100m;
                return new Measurement(ratio, $"{top} ÷ {denominatorDefinition.Name} {N(denominator)} {denominatorDefinition.Unit} × 100 = {Result(ratio)} %");
            }

            case Over.Physical:
            {
                var denominatorDefinition = FigureCodes.Find(formula.Denominator!)!;
                if (figures.Get(formula.Denominator!) is not { } denominator || denominator == 0)
                {
                    return Measurement.Missing($"{denominatorDefinition.Name} ({formula.Denominator}) was not reported or is 0");
                }

                var money = numerator / scale.Money;
                var value = money / denominator;
                return new Measurement(value, $"{top} = {N(money)} {scale.MoneyUnit}; ÷ {denominatorDefinition.Name} {N(denominator)} {denominatorDefinition.Unit} = {Result(value)} {unit}");
            }

            default:
            {
                var areaM2 = formula.Over == Over.LandArea ? basis.LandAreaM2 : basis.FloorAreaM2;
                var areaName = formula.Over == Over.LandArea ? "用地" : "建筑面积";
                if (areaM2 is not > 0)
                {
                    return Measurement.Missing($"no {(formula.Over == Over.LandArea ? "land" : "floor")} area to divide by");
                }

                var money = numerator / scale.Money;
                var area = areaM2.Value / scale.AreaM2;
                var value = money / area;
                var areaConversion = scale.AreaM2 == 1m ? $"{areaName} {N(area)} m²" : $"{areaName} {N(areaM2.Value)} m² = {N(area)} {scale.AreaUnit} ({AreaDefinition(scale.AreaUnit)})";
                return new Measurement(value, $"{top} = {N(money)} {scale.MoneyUnit}; {areaConversion} [{basis.Note}]; {N(money)} {scale.MoneyUnit} ÷ {N(area)} {scale.AreaUnit} = {Result(value)} {unit}");
            }
        }
    }

    /// <summary>
    /// What it costs in yuan to lift a per-area money indicator from <paramref name="actual"/> to
    /// <paramref name="committed"/> over the basis area (Binhai art. 14 补足差额); null for any other indicator.
    /// </summary>
    public static decimal? ShortfallYuan(string code, string unit, decimal committed, decimal actual, AreaBasis basis)
    {
        if (!Formulas.TryGetValue(code, out var formula) || formula.Over is not (Over.LandArea or Over.FloorArea) || ParseUnit(formula, unit) is not { } scale)
        {
            return null;
        }

        var areaM2 = formula.Over == Over.LandArea ? basis.LandAreaM2 : basis.FloorAreaM2;
        return areaM2 is > 0 && committed > actual ? (committed - actual) * (areaM2.Value / scale.AreaM2) * scale.Money : null;
    }

    private sealed record Scale(decimal Money, string MoneyUnit, decimal AreaM2, string AreaUnit);

    private static Scale? ParseUnit(Formula formula, string unit)
    {
        var parts = unit.Replace(" ", string.Empty, StringComparison.Ordinal).Split('/');
        if (parts.Length > 1 && parts[^1] == "年")
        {
            parts = parts[..^1];
        }

        var numeratorDefinition = FigureCodes.Find(formula.Numerator)!;
        switch (formula.Over)
        {
            case Over.Nothing when numeratorDefinition.Count:
                return parts is [var count] && count is "家" or "个" or "项" or "" ? new Scale(1m, count, 1m, string.Empty) : null;
            case Over.Nothing:
                return parts is [var money] && Money(money) is { } m ? new Scale(m, money, 1m, string.Empty) : null;
            case Over.Percent:
                return parts is ["%"] ? new Scale(1m, "%", 1m, string.Empty) : null;
            case Over.Physical:
                var physical = FigureCodes.Find(formula.Denominator!)!.Unit;
                return parts is [var m2, var p] && Money(m2) is { } ms && p == physical ? new Scale(ms, m2, 1m, p) : null;
            default:
                return parts is [var m3, var a] && Money(m3) is { } ms3 && Area(a) is { } am ? new Scale(ms3, m3, am, a) : null;
        }
    }

    private static decimal? Money(string unit) => unit switch
    {
        "元" => 1m,
        "万元" => 10_000m,
        "亿元" => 100_000_000m,
        _ => null,
    };

    private static decimal? Area(string unit) => unit switch
    {
        "亩" => SquareMetresPerMu,
        "m²" or "m2" or "平方米" or "㎡" => 1m,
        "万m²" or "万m2" or "万平方米" or "公顷" or "ha" => 10_000m,
        _ => null,
    };

    private static string AreaDefinition(string unit) => unit == "亩" ? "1 亩 = 10000/15 m²" : $"1 {unit} = 10000 m²";

    private static string N(decimal value) => ComparedFigures.Number(value);
}
