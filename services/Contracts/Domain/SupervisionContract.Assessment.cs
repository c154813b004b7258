using LandPlatform.Contracts.Domain.Deadlines;
using LandPlatform.Contracts.Domain.Lifecycle;
using LandPlatform.Contracts.Domain.Policy;
using LandPlatform.Contracts.Domain.Rules;
using LandPlatform.SeedWork;

namespace LandPlatform.Contracts.Domain;

/// <summary>Assessment, rectification, the lease-then-transfer path and termination.</summary>
public sealed partial class SupervisionContract
{
    public void ApplyForAssessment(DateOnly on, ContractsPolicy policy, Actor actor, DateOnly today, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(policy);
        Take(ContractAction.ApplyForAssessment, on, actor, today, now, check: () =>
        {
            if (IsLease && LeaseEndsOn is { } end && policy.LeaseThenTransfer is { } ltt)
            {
                var rule = ltt.ApplyForAssessmentMonthsBeforeLeaseEnd;
                BusinessRules.Check(new AssessmentMustBeAppliedForBeforeTheLeaseEnds(on, end.AddMonths(-rule.Value), rule.Clause));
            }
        });
        AssessmentAppliedOn = on;
    }

    /// <summary>
    /// 达标考核通过 (AssessmentPassed): a grant gets its deposit back (Xihu 第九条 并退还履约保证金); a lease opens
    /// its grant: the transfer price is the winning price less the rent paid (Beijing 三（四）) — pricing's
    /// LeaseThenTransferCalculator owns that computation; contracts applies the same published formula to the
    /// figures it holds (the winning price and the rent the lease schedule says was paid) and names its clause.
    /// </summary>
    public void PassAssessment(DateOnly on, ContractsPolicy policy, Actor actor, DateOnly today, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(policy);
        Take(ContractAction.PassAssessment, on, actor, today, now);
        AssessedOn = on;
        if (IsLease)
        {
            GrantNoticeOn = on;
            GrantPrice = TransactionPrice - RentPaid();
        }
        else if (DepositStatus == DepositStatus.Held)
        {
            DepositStatus = DepositStatus.Refunded;
        }
    }

    /// <summary>
    /// 达标考核未通过: the deposit is forfeited (Xihu 第九条 履约保证金不予退还) and a rectification period is given;
    /// when the failure is final (after rectification) the contract ends for that cause.
    /// </summary>
    public void FailAssessment(DateOnly on, bool final, Actor actor, DateOnly today, DateTimeOffset now)
    {
        Take(ContractAction.FailAssessment, on, actor, today, now, note: final ? "final, after rectification" : null);
        AssessedOn = on;
        FailedAssessments++;
        FinalFailure = final;
        if (DepositStatus == DepositStatus.Held)
        {
            DepositStatus = DepositStatus.Forfeited;
        }
    }

    public void BeginRectification(DateOnly on, Actor actor, DateOnly today, DateTimeOffset now) =>
        Take(ContractAction.BeginRectification, on, actor, today, now);

    /// <summary>先租后让 → 出让: the grant contract signed and the price paid within 15 days of the passing notice.</summary>
    public void ConvertToGrant(DateOnly on, ContractsPolicy policy, Actor actor, DateOnly today, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(policy);
        var rule = policy.LeaseThenTransfer?.SignGrantWithinDaysOfNotice ?? new Cited<int>(15, "《北京市工业用地先租后让指导意见（试行）》三（五）");
        Take(ContractAction.ConvertToGrant, on, actor, today, now, check: () =>
            BusinessRules.Check(new GrantMustBeSignedWithinTheDaysOfTheNotice(on, GrantNoticeOn!.Value.AddDays(rule.Value), rule.Clause)));
        ClosedOn = on;
    }

    /// <summary>续租: once, ≤ 2 years, applied for ≥ 6 months before the lease ends, at the average annual rent.</summary>
    public void RenewLease(int years, DateOnly on, ContractsPolicy policy, Actor actor, DateOnly today, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(policy);
        var rules = policy.LeaseThenTransfer ?? throw new BusinessRuleBrokenException(new RenewalMustStayWithinItsLimits(years, 0, Renewals, 0, on, on, policy.PackId));
        Take(ContractAction.RenewLease, on, actor, today, now, note: $"{years} year(s)", check: () =>
            BusinessRules.Check(new RenewalMustStayWithinItsLimits(
                years, rules.MaxRenewalYears.Value, Renewals, rules.MaxRenewals.Value, on,
                LeaseEndsOn!.Value.AddMonths(-rules.ApplyForAssessmentMonthsBeforeLeaseEnd.Value), rules.MaxRenewalYears.Clause)));
        Renewals++;
        LeaseEndsOn = LeaseEndsOn!.Value.AddYears(years);
    }

    /// <summary>
    /// 先租后让 exit before the lease ends (Beijing 三（五）/（七）). <paramref name="rentRefund"/> is the remaining rent less the
    /// penalty, as pricing's compensation rule computed it (cited by <paramref name="reference"/>); none when nothing is owed back.
    /// </summary>
    public void Exit(DateOnly on, Actor actor, DateOnly today, DateTimeOffset now, decimal? rentRefund = null, string? reference = null)
    {
        Take(ContractAction.Exit, on, actor, today, now, check: () =>
        {
            if (LeaseEndsOn is { } end)
            {
                BusinessRules.Check(new ExitMustBeBeforeTheLeaseEnds(on, end));
            }
        });
        Compensation = rentRefund;
        CompensationReference = reference;
        ClosedOn = on;
    }

    public void Terminate(
        TerminationCause cause, DateOnly on, ContractsPolicy policy, Actor actor, DateOnly today, DateTimeOffset now,
        decimal? compensation = null, string? compensationReference = null)
    {
        ArgumentNullException.ThrowIfNull(policy);
        Take(ContractAction.Terminate, on, actor, today, now, note: cause.ToString(), check: () =>
        {
            BusinessRules.Check(new IdleLandIsRecoveredWithoutCompensation(cause == Domain.TerminationCause.IdleLandRecovered, compensation));
            if (cause == Domain.TerminationCause.FailedAssessment)
            {
                BusinessRules.Check(new TerminationForFailureNeedsAFinalFailedAssessment(State == ContractState.Failed && FinalFailure));
            }

            if (cause == Domain.TerminationCause.IdleLandRecovered)
            {
                var years = AgreedStartBy is { } by && StartedOn is null ? IdleLand.YearsIdleOn(by, on) : 0;
                BusinessRules.Check(new RecoveryNeedsTwoYearsIdleNotTheGovernmentsDelay(years, policy.National.RecoveryAfterYears.Value, GovernmentDelayEvidence is not null));
            }
        });
        TerminationCause = cause;
        Compensation = compensation;
        CompensationReference = compensationReference;
        ClosedOn = on;
        if (DepositStatus == DepositStatus.Held)
        {
            DepositStatus = DepositStatus.Forfeited;
        }
    }

    public void RecordGovernmentDelay(string evidence) => GovernmentDelayEvidence = evidence;

    /// <summary>An approved transfer (the limits were checked first): its floor area counts against the subdivision share, its day starts the lock-up.</summary>
    public void RecordTransfer(Limits.TransferRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Kind == Limits.TransferKind.Subdivision)
        {
            SubdividedFloorAreaM2 += request.FloorAreaM2;
        }

        FirstTransferOn ??= request.RequestedOn;
        Revision++;
    }

    public void RecordProgressReport(DateOnly on) => ProgressReports.Add(on);

    /// <summary>The lease rent paid so far: the total lease rent (price ÷ (lease + grant years) × lease years, Beijing 三（四）).</summary>
    private decimal RentPaid() =>
        LeaseYears is { } lease && TermYears > 0 ? TransactionPrice / TermYears * lease : 0m;
}
