namespace LandPlatform.Monitoring.Api.Contracts;

public sealed record SubmitReportRequest(Guid? ContractId, string? Period, Dictionary<string, decimal>? Figures);

public sealed record CorrectReportRequest(Dictionary<string, decimal>? Changes, string? Reason);

public sealed record ConfirmFiguresRequest(List<string>? Figures);

public sealed record ApplyForAssessmentRequest(Guid? ContractId, string? Opinion);

public sealed record StepRequest(string? Opinion);

public sealed record FiscalMakeUpRequest(decimal? AmountYuan, DateOnly? PaidOn, string? Receipt);

public sealed record DocumentRequest(string? Type, string? Number, DateOnly? Date);

public sealed record GovernmentReviewRequest(string? Opinion, DocumentRequest? Document, OverruleRequest? Overrule = null);

/// <summary>The government decides otherwise than the joint review: the outcome it decides and why.</summary>
public sealed record OverruleRequest(string? Decided, string? Reason);

public sealed record DisposalPlanRequest(string? Cause, string? Measure, DateOnly? Deadline, string? ResponsibleUnit);

public sealed record PlanProgressRequest(string? Note, bool Completes);
