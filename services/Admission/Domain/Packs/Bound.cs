using LandPlatform.Admission.Domain.Units;

namespace LandPlatform.Admission.Domain.Packs;

/// <summary>
/// A limit a document sets on a number, with whether each end is included (大于 / 不小于 / 不超过 read literally),
/// the clause it quotes, and where the seed had to be interpreted, the decision.
/// </summary>
public sealed record Bound(
    decimal? Min,
    bool MinInclusive,
    decimal? Max,
    bool MaxInclusive,
    string Unit,
    string Clause,
    string? Decision = null)
{
    public bool Admits(decimal value) =>
        (Min is not { } min || (MinInclusive ? value >= min : value > min))
        && (Max is not { } max || (MaxInclusive ? value <= max : value < max));

    /// <summary>E.g. "≥ 30 %", "> 1.5 且 < 4".</summary>
    public string Describe()
    {
        var parts = new List<string>();
        if (Min is { } min)
        {
            parts.Add($"{(MinInclusive ? "≥" : ">")} {MeasureUnit.Format(min)}");
        }

        if (Max is { } max)
        {
            parts.Add($"{(MaxInclusive ? "≤" : "<")} {MeasureUnit.Format(max)}");
        }

        return string.Join(" 且 ", parts) + (Unit.Length > 0 ? $" {Unit}" : "");
    }
}
