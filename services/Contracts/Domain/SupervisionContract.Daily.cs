using LandPlatform.Contracts.Domain.Daily;
using LandPlatform.Contracts.Domain.Deadlines;
using LandPlatform.Contracts.Domain.Lifecycle;
using LandPlatform.Contracts.Domain.Policy;

namespace LandPlatform.Contracts.Domain;

/// <summary>
/// The daily look at one contract (the job calls it once per day of the clock): missed milestones once,
/// penalties whenever their amount changes, the late-payment penalty on overdue instalments, idle years as they are crossed, report periods that closed empty.
/// What was already reported is remembered here, so running twice on one day finds nothing new.
/// </summary>
public sealed partial class SupervisionContract
{
    public bool StartMissedReported { get; private set; }

    public int StartPenaltyDaysReported { get; private set; }

    public bool CompletionMissedReported { get; private set; }

    public int CompletionPenaltyDaysReported { get; private set; }

    public int IdleYearsReported { get; private set; }

    public DateOnly? ReportsCheckedThrough { get; private set; }

    /// <summary>The day the daily job should next look at this contract (null: never again); indexed, so a day's run reads only what is due.</summary>
    public DateOnly? NextCheckOn { get; private set; }

    public IReadOnlyList<DailyFinding> CheckOn(DateOnly today, ContractsPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        var findings = new List<DailyFinding>();
        if (ContractLifecycle.IsClosed(State))
        {
            NextCheckOn = null;
            return findings;
        }

        if (AgreedStartBy is { } startBy)
        {
            CheckMilestone(Milestone.Start, startBy, StartedOn, today, policy, findings);
            CheckIdle(startBy, today, policy, findings);
        }

        if (AgreedCompletionBy is { } completionBy)
        {
            CheckMilestone(Milestone.Completion, completionBy, CompletedOn, today, policy, findings);
        }

        CheckReports(today, policy, findings);
        CheckPayments(today, policy, findings);
        Revision++;
        NextCheckOn = NextDay(today, policy.QuarterlyReportsUntilProduction.Value);
        return findings;
    }

    /// <summary>Makes the job look again from <paramref name="day"/> (a step changed dates the job watches).</summary>
    public void ScheduleCheck(DateOnly day) => NextCheckOn = NextCheckOn is { } next && next < day ? next : day;

    private void CheckMilestone(Milestone milestone, DateOnly agreedBy, DateOnly? reachedOn, DateOnly today, ContractsPolicy policy, List<DailyFinding> findings)
    {
        var penalty = LatePenalty.Accrued(milestone, agreedBy, reachedOn, today, TransactionPrice, policy.LatePenaltyPerDay);
        if (!penalty.IsLate)
        {
            return;
        }

        var start = milestone == Milestone.Start;
        if (!(start ? StartMissedReported : CompletionMissedReported))
        {
            findings.Add(new MilestoneMissedFinding(today, milestone, agreedBy, policy.LatePenaltyPerDay.Clause));
            if (start)
            {
                StartMissedReported = true;
            }
            else
            {
                CompletionMissedReported = true;
            }
        }

        var reported = start ? StartPenaltyDaysReported : CompletionPenaltyDaysReported;
        if (penalty.DaysLate != reported)
        {
            findings.Add(new PenaltyAccruedFinding(today, penalty, Final: reachedOn is not null));
            if (start)
            {
                StartPenaltyDaysReported = penalty.DaysLate;
            }
            else
            {
                CompletionPenaltyDaysReported = penalty.DaysLate;
            }
        }
    }

    private void CheckIdle(DateOnly startBy, DateOnly today, ContractsPolicy policy, List<DailyFinding> findings)
    {
        if (IdleLand.On(startBy, StartedOn, today, TransactionPrice, policy.National) is { } idle && idle.YearsIdle > IdleYearsReported
            && idle.YearsIdle <= policy.National.RecoveryAfterYears.Value)
        {
            IdleYearsReported = idle.YearsIdle;
            findings.Add(new IdleLandFinding(today, idle, GovernmentDelayEvidence is not null));
        }
    }

    private void CheckReports(DateOnly today, ContractsPolicy policy, List<DailyFinding> findings)
    {
        // 附件3 三（七）: reports are due from the signing of the land contract (出让合同或租赁合同) until production.
        if (LandContractSignedOn is not { } signed)
        {
            return;
        }

        var months = policy.QuarterlyReportsUntilProduction.Value;
        var missing = QuarterlyReports.Missing(signed, ProductionOn, today, months, ProgressReports);
        foreach (var end in missing.Where(e => ReportsCheckedThrough is null || e > ReportsCheckedThrough))
        {
            MissingReports.Add(end);
            findings.Add(new ProgressReportMissingFinding(today, end, policy.QuarterlyReportsUntilProduction.Clause));
        }

        ReportsCheckedThrough = today;
    }

    /// <summary>
    /// The next day anything can change without a step: while a milestone is outstanding and late, or the
    /// land may cross an idle year, tomorrow; otherwise the next agreed date or report period end.
    /// </summary>
    private DateOnly? NextDay(DateOnly today, int reportMonths)
    {
        var candidates = new List<DateOnly>();
        if (AgreedStartBy is { } startBy && StartedOn is null)
        {
            candidates.Add(today >= startBy ? today.AddDays(1) : startBy.AddDays(1));
        }

        if (AgreedCompletionBy is { } completionBy && CompletedOn is null)
        {
            candidates.Add(today >= completionBy ? today.AddDays(1) : completionBy.AddDays(1));
        }

        if (LandContractSignedOn is { } signed && ProductionOn is null)
        {
            candidates.Add(QuarterlyReports.NextPeriodEndAfter(signed, today, reportMonths));
        }

        if (NextPaymentCheck(today) is { } payments)
        {
            candidates.Add(payments);
        }

        return candidates.Count == 0 ? null : candidates.Min();
    }
}
