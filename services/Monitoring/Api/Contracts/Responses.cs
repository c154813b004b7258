using LandPlatform.Monitoring.Domain;
using LandPlatform.Monitoring.Domain.AnnualChecks;
using LandPlatform.Monitoring.Domain.Assessments;
using LandPlatform.Monitoring.Domain.Indicators;
using LandPlatform.Monitoring.Domain.Ledger;
using LandPlatform.Monitoring.Domain.Reports;

namespace LandPlatform.Monitoring.Api.Contracts;

public sealed record ReportVersionResponse(int Number, IReadOnlyDictionary<string, decimal> Figures, Actor By, DateTimeOffset At, string? Reason);

public sealed record ReportResponse(
    Guid Id, Guid ContractId, string Uscc, string Period, IReadOnlyList<ReportVersionResponse> Versions,
    IReadOnlyList<FigureConfirmation> Confirmations, int? ConfirmedVersion, IReadOnlyList<OwningBureau> AwaitingConfirmation)
{
    public static ReportResponse From(IndicatorReport r) => new(
        r.Id, r.ContractId, r.Uscc, r.Period.ToString(),
        r.Versions.Select(v => new ReportVersionResponse(v.Number, v.Figures, v.By, v.At, v.Reason)).ToList(),
        r.Confirmations, r.Confirmed?.Number, r.AwaitingConfirmation());
}

public sealed record AssessmentResponse(
    Guid Id, Guid ContractId, string Uscc, string EnterpriseName, AssessmentKind Kind, Guid? PreviousAssessmentId, DateOnly AppliedOn,
    IReadOnlyList<RecordedStep> Steps, IReadOnlyList<AssessmentStep> AllowedSteps, AssessmentResult? Result, bool? Passed, decimal? MakeUpDue,
    FiscalMakeUp? MakeUp, AssessmentOutcome? Outcome, DateOnly? DecidedOn, DecisionDocument? Decision, DateOnly? RectificationDeadline,
    bool Final, DateOnly? RectificationExpiredOn, CommittedStandard Standard, GovernmentOverrule? Overrule, string? OverruleExplanation)
{
    public static AssessmentResponse From(Assessment a, decimal? makeUpDue) => new(
        a.Id, a.ContractId, a.Uscc, a.EnterpriseName, a.Kind, a.PreviousAssessmentId, a.AppliedOn, a.Steps, a.AllowedSteps(), a.Result,
        a.Result?.Passed, makeUpDue, a.MakeUp, a.Outcome, a.DecidedOn, a.Decision, a.RectificationDeadline, a.Final, a.RectificationExpiredOn, a.Standard,
        a.Overrule, a.Overrule?.Explanation);
}

public sealed record LedgerEntryResponse(
    string ParcelCode, string Uscc, string? EnterpriseName, Guid? ContractId, string? PolicyPackId, decimal? LandAreaM2, LedgerCategory Category,
    DateOnly Since, int? YearsIdle, string? IdleConsequence, IReadOnlyList<LedgerChange> History, DisposalPlan? Plan, DateOnly? PlanCompletedOn, bool Overdue)
{
    public static LedgerEntryResponse From(LedgerEntry e, DateOnly today) => new(
        e.ParcelCode, e.Uscc, e.EnterpriseName, e.ContractId, e.PolicyPackId, e.LandAreaM2, e.Category, e.Since, e.YearsIdle, e.IdleConsequence,
        e.History, e.Plan, e.Plan?.CompletedOn, e.IsOverdue(today));
}

public sealed record AnnualCheckResponse(Guid Id, Guid ContractId, Guid AssessmentId, string Uscc, int Year, bool Passed, string Reason, DateTimeOffset CheckedAt, AssessmentResult Result)
{
    public static AnnualCheckResponse From(AnnualCheck c) => new(c.Id, c.ContractId, c.AssessmentId, c.Uscc, c.Year, c.Passed, c.Reason, c.CheckedAt, c.Result);
}
