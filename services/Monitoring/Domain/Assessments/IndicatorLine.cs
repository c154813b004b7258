namespace LandPlatform.Monitoring.Domain.Assessments;

public enum LineOutcome
{
    Passed,
    Failed,

    /// <summary>Committed but not judged for this project type (e.g. R&amp;D for a Binhai market project, art. 13(二)).</summary>
    NotJudged,

    /// <summary>Failed, then the fiscal shortfall was paid up (Binhai art. 14 视为通过验收).</summary>
    PassedByMakeUp,
}

/// <summary>
/// One line of an assessment or re-check: the committed figure, the confirmed actual in the committed unit with the
/// workings of the conversion, the outcome, and the clauses of both the commitment and the judgement.
/// </summary>
public sealed record IndicatorLine(
    string Indicator,
    decimal Committed,
    string Unit,
    string CommitmentClause,
    decimal? Actual,
    string Workings,
    LineOutcome Outcome,
    string Clause,
    decimal? ShortfallYuan)
{
    public bool Counts => Outcome is LineOutcome.Passed or LineOutcome.PassedByMakeUp or LineOutcome.Failed;

    public bool IsFailure => Outcome == LineOutcome.Failed;
}
