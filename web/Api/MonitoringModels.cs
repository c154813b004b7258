namespace LandPlatform.Web.Api;

// What the portal reads of monitoring's indicator reports (services/Monitoring/Api/Contracts/Responses.cs).
public sealed record MonitoringActor(string PersonId, string? Name, string? Bureau);

public sealed record ReportVersion(int Number, IReadOnlyDictionary<string, decimal> Figures, MonitoringActor By, DateTimeOffset At, string? Reason);

public sealed record FigureConfirmation(string Bureau, int Version, MonitoringActor By, DateTimeOffset At);

public sealed record IndicatorReport(
    Guid Id, Guid ContractId, string Uscc, string Period, IReadOnlyList<ReportVersion> Versions, IReadOnlyList<FigureConfirmation> Confirmations,
    int? ConfirmedVersion, IReadOnlyList<string> AwaitingConfirmation);

/// <summary>
/// The figures a report carries, in monitoring's base units, and the bureau that confirms each (monitoring's
/// FigureCodes: tax owns what is paid to the district, statistics the rest). The portal only labels them.
/// </summary>
public static class ReportFigures
{
    public static readonly IReadOnlyList<(string Code, string Unit, string Owner)> All =
    [
        ("totalInvestment", "元", "Statistics"),
        ("fixedAssetInvestment", "元", "Statistics"),
        ("outputValue", "元", "Statistics"),
        ("taxPaid", "元", "Tax"),
        ("revenue", "元", "Statistics"),
        ("fiscalContribution", "元", "Tax"),
        ("valueAdded", "元", "Statistics"),
        ("energyUsed", "吨标煤", "Statistics"),
        ("emissions", "吨", "Statistics"),
        ("rndExpense", "元", "Statistics"),
        ("rndStaff", "人", "Statistics"),
        ("allStaff", "人", "Statistics"),
        ("developedLandArea", "m²", "Statistics"),
        ("floorArea", "m²", "Statistics"),
        ("qualityEnterprisesAttracted", "家", "Statistics"),
        ("technologyResults", "项", "Statistics"),
    ];
}

// What the portal reads of monitoring's assessments (AssessmentResponse).
public sealed record AssessmentLine(
    string Indicator, decimal Committed, string Unit, string CommitmentClause, decimal? Actual, string Workings, string Outcome, string Clause, decimal? ShortfallYuan);

public sealed record AssessmentResult(string PackId, string ProjectType, string ProjectTypeClause, string Period, int ReportVersion, IReadOnlyList<AssessmentLine> Lines);

public sealed record AssessmentStepEntry(string Step, MonitoringActor By, DateTimeOffset At, string Opinion);

public sealed record AssessmentDecision(string Type, string Number, DateOnly Date);

public sealed record Assessment(
    Guid Id, Guid ContractId, string Uscc, string EnterpriseName, string Kind, DateOnly AppliedOn, IReadOnlyList<AssessmentStepEntry> Steps,
    IReadOnlyList<string> AllowedSteps, AssessmentResult? Result, bool? Passed, decimal? MakeUpDue, string? Outcome, DateOnly? DecidedOn,
    AssessmentDecision? Decision, DateOnly? RectificationDeadline, bool Final, string? OverruleExplanation);
