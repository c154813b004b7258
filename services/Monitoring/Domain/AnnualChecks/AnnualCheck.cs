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

    /// <summary>The years a contract passed on <paramref name="passedOn"/> is re-checked for by <paramref name="today"/>: each full year after the pass that has ended.</summary>
    public static IEnumerable<int> YearsDue(DateOnly passedOn, DateOnly today)
    {
        for (var year = passedOn.Year + 1; year < today.Year; year++)
        {
            yield return year;
        }
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

    public string Reason => Passed ? "all indicators at or above the standard" : $"{Year}: {Result.FailureSummary()} ({Clause})";
}
