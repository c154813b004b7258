using LandPlatform.Monitoring.Domain.Assessments;
using LandPlatform.Monitoring.Domain.Policy;
using LandPlatform.Monitoring.Domain.Reports;

namespace LandPlatform.Monitoring.Domain.AnnualChecks;

/// <summary>
/// The yearly re-check of a passed contract (动态核查, Hangzhou art. 13 and annex 3 五(四)): the confirmed annual
/// figures against the standard the assessment judged; any indicator below it fails the year. One per contract and
/// year (a unique key), however often the job runs.
/// </summary>
public sealed class AnnualCheck
{
    private AnnualCheck()
    {
    }

    public Guid Id { get; private set; }

    public Guid ContractId { get; private set; }

    public Guid AssessmentId { get; private set; }

    public string Uscc { get; private set; } = string.Empty;

    public int Year { get; private set; }

    public AssessmentResult Result { get; private set; } = null!;

    public bool Passed { get; private set; }

    public DateTimeOffset CheckedAt { get; private set; }

    public string Clause { get; private set; } = string.Empty;

    /// <summary>
    /// The years a passed contract is re-checked for by <paramref name="today"/>: each year after the one whose report the
    /// assessment judged (<paramref name="judgedYear"/>) that has ended — the years between the judged report and the pass
    /// included, so none goes unchecked — and, once the contract is closed (terminated, exited or converted to a grant,
    /// <paramref name="closedOn"/>), only the years that ended while it was still open: after that the land is no longer held
    /// under the supervision contract the re-check enforces (Hangzhou annex 3 五（四）).
    /// </summary>
    public static IEnumerable<int> YearsDue(int judgedYear, DateOnly? closedOn, DateOnly today)
    {
        for (var year = judgedYear + 1; year < today.Year && (closedOn is not { } closed || new DateOnly(year, 12, 31) < closed); year++)
        {
            yield return year;
        }
    }

    /// <summary>The year of the report the assessment judged (its annual period; a quarter's year if ever a quarter was judged).</summary>
    public static int JudgedYear(Assessment passed)
    {
        ArgumentNullException.ThrowIfNull(passed);
        return ReportPeriod.TryParse(passed.Result?.Period, out var period) ? period.Value.Year : passed.DecidedOn!.Value.Year;
    }

    public static AnnualCheck Run(MonitoringPolicy policy, Assessment passed, IndicatorReport report, ReportVersion confirmed, DateTimeOffset now)
    {
        var result = AssessmentEvaluator.Evaluate(policy, passed.Standard, report, confirmed);
        return new AnnualCheck
        {
            Id = Guid.CreateVersion7(),
            ContractId = passed.ContractId,
            AssessmentId = passed.Id,
            Uscc = passed.Uscc,
            Year = report.Year,
            Result = result,
            Passed = result.Passed,
            CheckedAt = now,
            Clause = policy.AnnualRecheckClause,
        };
    }

    /// <summary>
    /// A passed contract with no confirmed annual report for <paramref name="year"/> by the day it was due fails the
    /// year: every indicator the assessment judged is unshown. A careful bureau does not read silence as compliance —
    /// the enterprise must provide the figures (附件3 三（八） 乙方应主动配合，提供相关资料), and the re-check exists to
    /// find the contracts that stopped meeting the standard (第十三条). Credit's notice still lets it object (e.g. the
    /// report was filed and the bureaus had not confirmed it).
    /// </summary>
    public static AnnualCheck Unreported(MonitoringPolicy policy, Assessment passed, int year, DateTimeOffset now)
    {
        var due = policy.AnnualReport.DueOn(year);
        var judged = passed.Result!;
        var lines = judged.Lines.Select(l => l.Outcome == LineOutcome.NotJudged
            ? l
            : l with
            {
                Actual = null,
                Workings = $"no annual report for {year} confirmed by statistics and tax by {due:yyyy-MM-dd}",
                Outcome = LineOutcome.Failed,
                Clause = policy.AnnualReport.Clause,
                ShortfallYuan = null,
            }).ToList();
        return new AnnualCheck
        {
            Id = Guid.CreateVersion7(),
            ContractId = passed.ContractId,
            AssessmentId = passed.Id,
            Uscc = passed.Uscc,
            Year = year,
            Result = judged with { ReportId = Guid.Empty, ReportVersion = 0, Period = year.ToString(System.Globalization.CultureInfo.InvariantCulture), Lines = lines },
            Passed = false,
            CheckedAt = now,
            Clause = $"{policy.AnnualRecheckClause}；{policy.AnnualReport.Clause}",
        };
    }

    /// <summary>The year failed because no confirmed report was there to judge (<see cref="Unreported"/>).</summary>
    public bool WithoutReport => Result.ReportId == Guid.Empty;

    public string Reason => (Passed, WithoutReport) switch
    {
        (true, _) => "all indicators at or above the standard",
        (false, true) => $"{Year}: {Result.Failures.First().Workings}, so compliance is not shown ({Clause})",
        _ => $"{Year}: {Result.FailureSummary()} ({Clause})",
    };
}
