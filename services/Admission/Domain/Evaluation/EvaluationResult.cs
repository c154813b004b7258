namespace LandPlatform.Admission.Domain.Evaluation;

/// <summary>The verdict on an application against one version of a parcel's standard, line by line.</summary>
public sealed record EvaluationResult(Verdict Verdict, IReadOnlyList<VerdictLine> Lines)
{
    public static Verdict Decide(IEnumerable<VerdictLine> lines)
    {
        var counted = lines.Where(l => l.Counts).ToList();
        return counted.Any(l => l.Outcome == LineOutcome.Fail) ? Verdict.DoesNotMeet
            : counted.Any(l => l.Outcome == LineOutcome.NeedsDecision) ? Verdict.NeedsExemption
            : Verdict.Meets;
    }
}
