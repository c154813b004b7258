using LandPlatform.Admission.Domain.Evaluation;
using LandPlatform.SeedWork;

namespace LandPlatform.Admission.Domain.Rules;

/// <summary>
/// A district decision is recorded only where the evaluation waits for one: an exemption where a failed output test
/// may be waived for this project, a consent where the industry needs it. A decision nothing waits for would waive nothing.
/// </summary>
public sealed class DecisionMustBeNeeded(EvaluationResult evaluation, DistrictDecision decision) : IBusinessRule
{
    public bool IsBroken() => !evaluation.Lines.Any(l => l.Counts && l.Outcome == LineOutcome.NeedsDecision
        && (decision.Kind == DistrictDecision.IndustryConsent) == (l.Kind == VerdictLine.Catalog));

    public string Message => $"The evaluation needs no {decision.Kind} decision.";
}
