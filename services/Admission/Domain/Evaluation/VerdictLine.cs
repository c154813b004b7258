namespace LandPlatform.Admission.Domain.Evaluation;

/// <summary>
/// One line of the verdict as the qualification opinion prints it: what was checked, the committed value and the
/// threshold each in its own unit, the conversion made to compare them, the outcome and the clause.
/// Lines of an <see cref="Group"/> are alternatives; their group line (Kind "AlternativeGroup") is what counts.
/// </summary>
public sealed record VerdictLine(
    string Kind,
    string Code,
    string Subject,
    string Committed,
    string Threshold,
    string? Conversion,
    LineOutcome Outcome,
    string Clause,
    string? Group = null)
{
    public const string Catalog = "Catalog";
    public const string Planning = "Planning";
    public const string Indicator = "Indicator";
    public const string Alternative = "Alternative";
    public const string AlternativeGroup = "AlternativeGroup";

    public decimal? CommittedValue { get; init; }

    public string? CommittedUnit { get; init; }

    public decimal? ThresholdValue { get; init; }

    public string? ThresholdUnit { get; init; }

    public bool Counts => Kind != Alternative;
}
