using LandPlatform.IntegrationContracts.Indicators;
using LandPlatform.Monitoring.Domain.Indicators;
using LandPlatform.Monitoring.Domain.Policy;

namespace LandPlatform.Monitoring.Domain.Efficiency;

/// <summary>One parcel's confirmed annual figures, for the park's or district's totals.</summary>
public sealed record ParcelYear(string Group, int Year, decimal LandAreaM2, Figures Figures);

/// <summary>A land-efficiency figure of a park or district in a year, against the pack's target where it sets one.</summary>
public sealed record EfficiencyFigure(string Indicator, decimal Value, string Unit, decimal? Target, string? TargetClause)
{
    public bool? MeetsTarget => Target is { } t ? Value >= t : null;
}

public sealed record GroupEfficiency(string Group, int Year, int Parcels, decimal LandAreaMu, IReadOnlyList<EfficiencyFigure> Figures);

/// <summary>
/// Tax, output and investment per mu of a park or district (sums over its parcels ÷ their land in mu), the measure
/// of the Shilong scheme's target (一（二）2 工业用地亩均税收达到6万元).
/// </summary>
public static class LandEfficiency
{
    private const decimal SquareMetresPerMu = 10000m / 15m;

    private static readonly (string Indicator, string Figure)[] PerMu =
    [
        (IndicatorCodes.TaxPerMu, FigureCodes.TaxPaid),
        (IndicatorCodes.OutputPerMu, FigureCodes.OutputValue),
        (IndicatorCodes.FixedAssetInvestmentIntensity, FigureCodes.FixedAssetInvestment),
    ];

    public static IReadOnlyList<GroupEfficiency> Compute(IEnumerable<ParcelYear> parcels, Func<string, MonitoringPolicy?> policyOfGroup)
    {
        return parcels.GroupBy(p => (p.Group, p.Year)).OrderBy(g => g.Key.Group, StringComparer.Ordinal).ThenBy(g => g.Key.Year).Select(g =>
        {
            var mu = g.Sum(p => p.LandAreaM2) / SquareMetresPerMu;
            var policy = policyOfGroup(g.Key.Group);
            var figures = PerMu.Select(x =>
            {
                var total = g.Sum(p => p.Figures.Get(x.Figure) ?? 0m) / 10_000m;
                var target = policy?.Targets.FirstOrDefault(t => t.Indicator == x.Indicator && t.Unit == "万元/亩");
                return new EfficiencyFigure(x.Indicator, mu == 0 ? 0 : total / mu, "万元/亩", target?.Value, target?.Clause);
            }).ToList();
            return new GroupEfficiency(g.Key.Group, g.Key.Year, g.Count(), mu, figures);
        }).ToList();
    }
}
