using LandPlatform.Admission.Domain.Evaluation;
using LandPlatform.SeedWork;

namespace LandPlatform.Admission.Domain.Rules;

/// <summary>The district government approves only an application that meets the standard (or was exempted by its own recorded decision).</summary>
public sealed class ApplicationMustMeetTheStandard(EvaluationResult evaluation) : IBusinessRule
{
    public bool IsBroken() => evaluation.Verdict != Verdict.Meets;

    public string Message => evaluation.Verdict == Verdict.NeedsExemption
        ? "The application meets the standard only with a district-government decision that is not recorded yet: " + Lines(LineOutcome.NeedsDecision)
        : "The application does not meet the standard: " + Lines(LineOutcome.Fail);

    private string Lines(LineOutcome outcome) => string.Join("; ",
        evaluation.Lines.Where(l => l.Counts && l.Outcome == outcome).Select(l => $"{l.Subject} {l.Committed} (须 {l.Threshold}, {l.Clause})"));
}
