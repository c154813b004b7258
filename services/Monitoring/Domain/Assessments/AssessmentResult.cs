using LandPlatform.Monitoring.Domain.Indicators;

namespace LandPlatform.Monitoring.Domain.Assessments;

/// <summary>The judged result of an assessment or re-check: under which pack and project type, on which area and report, line by line.</summary>
public sealed record AssessmentResult(
    string PackId,
    int PackVersion,
    string ProjectType,
    string ProjectTypeClause,
    AreaBasis Basis,
    Guid ReportId,
    int ReportVersion,
    string Period,
    IReadOnlyList<IndicatorLine> Lines)
{
    public bool Passed => Lines.Any(l => l.Counts) && !Lines.Any(l => l.IsFailure);

    public IEnumerable<IndicatorLine> Failures => Lines.Where(l => l.IsFailure);

    /// <summary>One sentence per failed line, for the failure event and the report.</summary>
    public string FailureSummary() => string.Join("; ", Failures.Select(Failure));

    /// <summary>The actual printed so that it never reads as meeting the commitment it missed (<see cref="ComparedFigures"/>).</summary>
    private static string Failure(IndicatorLine line)
    {
        if (line.Actual is not { } actual)
        {
            return $"{line.Indicator}: not reported < {ComparedFigures.Number(line.Committed)} {line.Unit}";
        }

        var (shown, committed) = ComparedFigures.Print(actual, line.Committed);
        return $"{line.Indicator}: {shown} < {committed} {line.Unit}";
    }
}

/// <summary>The fiscal shortfall paid up under Binhai art. 14, with the receipt.</summary>
public sealed record FiscalMakeUp(decimal AmountYuan, DateOnly PaidOn, string Receipt, Actor RecordedBy, DateTimeOffset RecordedAt);
