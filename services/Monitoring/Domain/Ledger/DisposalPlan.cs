namespace LandPlatform.Monitoring.Domain.Ledger;

/// <summary>
/// 一宗一策 (Shilong 二（三）1): the cause, the measure, the deadline and the unit responsible, with its progress.
/// Overdue when the deadline has passed and the plan is not complete.
/// </summary>
public sealed record DisposalPlan(
    string Cause,
    DisposalMeasure Measure,
    DateOnly Deadline,
    string ResponsibleUnit,
    Actor By,
    DateTimeOffset At,
    IReadOnlyList<PlanProgress> Progress)
{
    public DateOnly? CompletedOn => Progress.FirstOrDefault(p => p.Completes)?.On;

    public bool IsOverdue(DateOnly today) => CompletedOn is null && today > Deadline;
}
