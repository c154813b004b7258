using LandPlatform.Monitoring.Domain.Assessments;
using LandPlatform.Monitoring.Domain.Ledger;

namespace LandPlatform.Monitoring.Domain.Supervision;

/// <summary>
/// Where one contract stands, as the supervision documents and the public disclosure read it: its latest assessment,
/// its latest re-check, its ledger row.
/// </summary>
public sealed record ContractStanding(
    Guid ContractId,
    string Uscc,
    string? EnterpriseName,
    string ParcelCode,
    string Group,
    decimal? LandAreaM2,
    bool Terminated,
    AssessmentOutcome? AssessmentOutcome,
    bool AssessmentFinal,
    DateOnly? RectificationDeadline,
    int? FailedAnnualCheckYear,
    LedgerCategory? LedgerCategory,
    bool PlanOverdue,
    bool HasPlan)
{
    /// <summary>Why the enterprise is behind its commitments (empty when it is not): the semi-annual interview's grounds.</summary>
    public IReadOnlyList<string> Shortcomings()
    {
        var reasons = new List<string>();
        if (Terminated)
        {
            return reasons;
        }

        if (AssessmentOutcome == Assessments.AssessmentOutcome.Failed)
        {
            reasons.Add(AssessmentFinal ? "assessment failed finally" : $"assessment failed, rectification until {RectificationDeadline:yyyy-MM-dd}");
        }

        if (FailedAnnualCheckYear is { } year)
        {
            reasons.Add($"annual re-check {year} failed");
        }

        if (LedgerCategory is Ledger.LedgerCategory.Idle or Ledger.LedgerCategory.Inefficient)
        {
            reasons.Add($"{LedgerCategory} land{(PlanOverdue ? ", disposal plan overdue" : HasPlan ? string.Empty : ", no disposal plan")}");
        }

        return reasons;
    }

    /// <summary>The compliance state the public disclosure shows.</summary>
    public string ComplianceState => Terminated ? "terminated"
        : AssessmentOutcome == Assessments.AssessmentOutcome.Failed ? (AssessmentFinal ? "assessment failed (final)" : "assessment failed, rectifying")
        : FailedAnnualCheckYear is not null ? "annual re-check failed"
        : LedgerCategory is Ledger.LedgerCategory.Idle ? "idle"
        : LedgerCategory is Ledger.LedgerCategory.Inefficient ? "inefficient"
        : AssessmentOutcome == Assessments.AssessmentOutcome.Passed ? "assessment passed"
        : "under construction or awaiting assessment";
}
