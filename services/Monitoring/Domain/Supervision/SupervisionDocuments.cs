using LandPlatform.Monitoring.Domain.Assessments;
using LandPlatform.Monitoring.Domain.Efficiency;
using LandPlatform.Monitoring.Domain.Ledger;

namespace LandPlatform.Monitoring.Domain.Supervision;

public sealed record InterviewEntry(string Uscc, string? EnterpriseName, Guid ContractId, string ParcelCode, IReadOnlyList<string> Reasons);

public sealed record LedgerCounts(int ApprovedNotSupplied, int Idle, int Inefficient, int PlansOverdue, int WithoutPlan);

public sealed record AssessmentCounts(int Passed, int Failed, int FailedFinally, int AwaitingAssessment);

/// <summary>The content of a supervision document: the figures, the ledger and the enterprises behind their commitments.</summary>
public sealed record SupervisionDocumentContent(
    SupervisionKind Kind,
    string Period,
    DateOnly AsOf,
    string Clause,
    int Contracts,
    AssessmentCounts Assessments,
    LedgerCounts Ledger,
    IReadOnlyList<GroupEfficiency> Efficiency,
    IReadOnlyList<InterviewEntry> BehindCommitments);

/// <summary>
/// Produces the supervision cadence's documents (Shilong 四（三） 季度通报、半年约谈、年度考评) from the same data the bureaus
/// keep: a pure function of the contracts' standings and the confirmed annual figures, so 10,000 contracts cost one pass.
/// </summary>
public static class SupervisionDocuments
{
    public static SupervisionDocumentContent Produce(
        SupervisionKind kind, string period, DateOnly asOf, string clause, IReadOnlyList<ContractStanding> standings,
        IReadOnlyList<GroupEfficiency> efficiency)
    {
        var live = standings.Where(s => !s.Terminated).ToList();
        var behind = live.Select(s => (s, reasons: s.Shortcomings())).Where(x => x.reasons.Count > 0)
            .OrderBy(x => x.s.Uscc, StringComparer.Ordinal).ThenBy(x => x.s.ParcelCode, StringComparer.Ordinal)
            .Select(x => new InterviewEntry(x.s.Uscc, x.s.EnterpriseName, x.s.ContractId, x.s.ParcelCode, x.reasons)).ToList();
        var assessments = new AssessmentCounts(
            live.Count(s => s.AssessmentOutcome == AssessmentOutcome.Passed),
            live.Count(s => s.AssessmentOutcome == AssessmentOutcome.Failed && !s.AssessmentFinal),
            standings.Count(s => s.AssessmentOutcome == AssessmentOutcome.Failed && s.AssessmentFinal),
            live.Count(s => s.AssessmentOutcome is null));
        var onLedger = live.Where(s => s.LedgerCategory is not null and not LedgerCategory.Cleared).ToList();
        var ledger = new LedgerCounts(
            onLedger.Count(s => s.LedgerCategory == LedgerCategory.ApprovedNotSupplied),
            onLedger.Count(s => s.LedgerCategory == LedgerCategory.Idle),
            onLedger.Count(s => s.LedgerCategory == LedgerCategory.Inefficient),
            onLedger.Count(s => s.PlanOverdue),
            onLedger.Count(s => !s.HasPlan));

        // The quarterly bulletin and the annual evaluation report the figures; the interview list names the enterprises.
        return kind switch
        {
            SupervisionKind.SemiAnnualInterviewList => new(kind, period, asOf, clause, live.Count, assessments, ledger, [], behind),
            _ => new(kind, period, asOf, clause, live.Count, assessments, ledger, efficiency, kind == SupervisionKind.AnnualEvaluation ? behind : []),
        };
    }
}
