namespace LandPlatform.Monitoring.Domain.Ledger;

/// <summary>The three kinds of stock land the Shilong scheme counts (二（三）1 批而未供、闲置、低效), and a parcel no longer on the list.</summary>
public enum LedgerCategory
{
    /// <summary>批而未供: approved (admission) but not yet supplied.</summary>
    ApprovedNotSupplied,

    /// <summary>供而未用 / 闲置: supplied but not started (闲置土地处置办法).</summary>
    Idle,

    /// <summary>低效: below the pack's tax per mu.</summary>
    Inefficient,

    /// <summary>Off the list: supplied, started, efficient again, or recovered.</summary>
    Cleared,
}

/// <summary>The measures of 二（三）2(2): 限期开发、调整利用、置换盘活、依法收回、临时使用.</summary>
public enum DisposalMeasure
{
    TimeLimitedDevelopment,
    AdjustedUse,
    Swap,
    Recovery,
    TemporaryUse,
}

/// <summary>One change of a parcel's category, with what caused it.</summary>
public sealed record LedgerChange(LedgerCategory Category, DateOnly On, string Source, string Note);

/// <summary>A progress note on a disposal plan; <see cref="Completes"/> marks the plan done.</summary>
public sealed record PlanProgress(DateOnly On, string Note, Actor By, bool Completes);
