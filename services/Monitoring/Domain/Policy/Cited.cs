namespace LandPlatform.Monitoring.Domain.Policy;

/// <summary>A number of a policy pack with the clause it comes from (and a note where the seed is silent).</summary>
public sealed record CitedNumber(decimal Value, string Clause, string? Note = null);

/// <summary>A pack's target or floor for one indicator, in the unit the document states.</summary>
public sealed record IndicatorTarget(string Indicator, decimal Value, string Unit, string Clause);

/// <summary>Which indicators a project type is judged on, and the clause that says so.</summary>
public sealed record JudgedIndicators(IReadOnlySet<string> Indicators, string Clause);

/// <summary>
/// Binhai art. 13: self-use projects (self-held share at or above the threshold) and market projects are judged on
/// different indicators.
/// </summary>
public sealed record ProjectTypeRules(CitedNumber SelfUseThresholdPercent, JudgedIndicators SelfUse, JudgedIndicators Market)
{
    public bool IsSelfUse(decimal selfHeldSharePercent) => selfHeldSharePercent >= SelfUseThresholdPercent.Value;
}

/// <summary>Binhai art. 14: a shortfall on these (fiscal) indicators may be paid up, and the line then counts as passed.</summary>
public sealed record FiscalMakeUpRule(IReadOnlySet<string> Indicators, string Clause);

/// <summary>National idle-land consequences (闲置土地处置办法): a fee at one year, recovery at two.</summary>
public sealed record IdleLandRules(int FeeAfterYears, decimal FeePercentOfLandPrice, int RecoveryAfterYears, string Clause);

/// <summary>
/// When a year's confirmed annual report is due for the re-check: <see cref="DueMonthsAfterYearEnd"/> months after the
/// year ends. A passed contract with none by then fails that year's re-check (no figures, no shown compliance).
/// </summary>
public sealed record AnnualReportRule(int DueMonthsAfterYearEnd, string Clause, string? Note)
{
    public DateOnly DueOn(int year) => new DateOnly(year, 12, 31).AddMonths(DueMonthsAfterYearEnd);
}

/// <summary>What applies under every pack: the national idle-land rules and when the yearly figures are due.</summary>
public sealed record NationalBaseline(IdleLandRules IdleLand, AnnualReportRule AnnualReport);
