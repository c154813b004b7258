namespace LandPlatform.Monitoring.Policies;

// The JSON shape of a pack's monitoring part (Policies/Packs/*.json), read by MonitoringPolicyLoader.
internal sealed record MonitoringPackDocument(
    string? Id, int? Version, string? Title, string? District, DateOnly? EffectiveFrom, DateOnly? EffectiveTo, MonitoringSection? Monitoring);

internal sealed record MonitoringSection(
    string? AssessmentClause,
    CitedYears? Rectification,
    ProjectTypesSection? ProjectTypes,
    FiscalMakeUpSection? FiscalMakeUp,
    string? PhasedOnDevelopedAreaClause,
    string? AnnualRecheckClause,
    string? SupervisionCadenceClause,
    List<TargetSection>? Targets,
    TargetSection? InefficientBelow);

internal sealed record CitedYears(int? Years, string? Clause, string? Note);

internal sealed record ProjectTypesSection(decimal? SelfUseThresholdPercent, string? ThresholdClause, JudgedSection? SelfUse, JudgedSection? Market);

internal sealed record JudgedSection(List<string>? Indicators, string? Clause);

internal sealed record FiscalMakeUpSection(List<string>? Indicators, string? Clause);

internal sealed record TargetSection(string? Indicator, decimal? Value, string? Unit, string? Clause);

internal sealed record NationalBaselineDocument(IdleLandSection? IdleLand, AnnualReportSection? AnnualReport);

internal sealed record AnnualReportSection(int? DueMonthsAfterYearEnd, string? Clause, string? Note);

internal sealed record IdleLandSection(int? FeeAfterYears, decimal? FeePercentOfLandPrice, int? RecoveryAfterYears, string? Clause);
