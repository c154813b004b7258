namespace LandPlatform.Monitoring.Domain.Policy;

/// <summary>
/// The monitoring part of one version of a policy pack: every number and every choice with the clause it comes
/// from. Loaded from data (services/Monitoring/Policies/Packs), never written in code.
/// </summary>
public sealed record MonitoringPolicy
{
    public required string PackId { get; init; }

    public required int Version { get; init; }

    public required string Title { get; init; }

    /// <summary>The district or park the scheme covers (the land-efficiency figures are grouped by it).</summary>
    public required string District { get; init; }

    public required DateOnly EffectiveFrom { get; init; }

    /// <summary>Last day in force (inclusive); null while no end is set.</summary>
    public DateOnly? EffectiveTo { get; init; }

    /// <summary>The clause under which committed indicators are compared with actuals (达标考核).</summary>
    public required string AssessmentClause { get; init; }

    /// <summary>The longest rectification period after a failed assessment, in years (≤ 2).</summary>
    public required CitedNumber RectificationYears { get; init; }

    /// <summary>Null: every committed indicator is judged.</summary>
    public ProjectTypeRules? ProjectTypes { get; init; }

    public FiscalMakeUpRule? FiscalMakeUp { get; init; }

    /// <summary>Non-null when phased projects are judged on the area actually developed; the clause says so.</summary>
    public string? PhasedOnDevelopedAreaClause { get; init; }

    /// <summary>The yearly re-check after a passed assessment.</summary>
    public required string AnnualRecheckClause { get; init; }

    /// <summary>Land-efficiency targets of the park or district (per mu), each with its clause.</summary>
    public IReadOnlyList<IndicatorTarget> Targets { get; init; } = [];

    /// <summary>A parcel below this counts as inefficient land (Shilong: tax per mu below 6 万元/亩); null when the pack sets none.</summary>
    public IndicatorTarget? InefficientBelow { get; init; }

    /// <summary>The clause that sets the supervision cadence (daily guidance, quarterly bulletin, semi-annual interview, annual evaluation).</summary>
    public required string SupervisionCadenceClause { get; init; }

    public required IdleLandRules IdleLand { get; init; }

    /// <summary>When the yearly figures must be confirmed for the annual re-check (the national baseline's).</summary>
    public required AnnualReportRule AnnualReport { get; init; }

    public bool IsInForceOn(DateOnly day) => day >= EffectiveFrom && (EffectiveTo is null || day <= EffectiveTo);
}
