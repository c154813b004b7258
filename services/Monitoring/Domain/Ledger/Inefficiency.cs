using LandPlatform.Monitoring.Domain.Indicators;
using LandPlatform.Monitoring.Domain.Policy;

namespace LandPlatform.Monitoring.Domain.Ledger;

/// <summary>Whether a parcel's confirmed annual figures put it below the pack's inefficiency line (Shilong: tax per mu under 6 万元/亩).</summary>
public static class Inefficiency
{
    /// <summary>Null when the pack sets no line or the figure cannot be measured; otherwise whether it is inefficient and the workings.</summary>
    public static (bool Inefficient, string Workings)? Judge(MonitoringPolicy policy, Figures figures, decimal landAreaM2)
    {
        if (policy.InefficientBelow is not { } line)
        {
            return null;
        }

        var measured = IndicatorFormulas.Measure(line.Indicator, line.Unit, figures, new AreaBasis(landAreaM2, null, $"出让土地面积 {landAreaM2:0.##} m²"), line.Value);
        return measured.Value is { } value
            ? (value < line.Value, $"{measured.Workings} {(value < line.Value ? "<" : "≥")} {ComparedFigures.Print(value, line.Value).Standard} {line.Unit} ({line.Clause})")
            : null;
    }
}
