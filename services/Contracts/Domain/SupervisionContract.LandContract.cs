using LandPlatform.Contracts.Domain.Deadlines;
using LandPlatform.Contracts.Domain.Lifecycle;
using LandPlatform.Contracts.Domain.Policy;
using LandPlatform.Contracts.Domain.Rules;
using LandPlatform.IntegrationContracts.Events;
using LandPlatform.SeedWork;

namespace LandPlatform.Contracts.Domain;

/// <summary>
/// The land contract (国有建设用地使用权出让合同 for a grant, 租赁合同 for a lease) planning signs after the
/// supervision contract (附件3 五（六）), the land price paid under it — by instalments where the pack allows
/// them (Binhai 第十条) — the registration that needs the whole price paid, and the term renewal application.
/// </summary>
public sealed partial class SupervisionContract
{
    public DateOnly? LandContractSignedOn { get; private set; }

    public string? LandContractNumber { get; private set; }

    /// <summary>The schedule of the supply result (成交确认书); empty when the price is paid in one sum.</summary>
    public List<InstalmentTerm> Instalments { get; private set; } = [];

    /// <summary>The payments of the price, in the order recorded (never rewritten).</summary>
    public List<LandPricePayment> Payments { get; private set; } = [];

    public decimal PaidTotal => Payments.Sum(p => p.Amount);

    /// <summary>The late-payment penalty the daily job last accrued, and the day it counted through.</summary>
    public decimal LatePaymentAccrued { get; private set; }

    public DateOnly? LatePaymentAccruedThrough { get; private set; }

    public DateOnly? RegisteredOn { get; private set; }

    public DateOnly? TermRenewalAppliedOn { get; private set; }

    /// <summary>The last day of the term, counted from delivery (出让年期自交地之日起算).</summary>
    public DateOnly? TermEndsOn => DeliveredOn?.AddYears(TermYears).AddDays(-1);

    public string LandContractKind => IsLease ? "Lease" : "Grant";

    /// <param name="bureau">The signer's bureau: planning signs for the land's owner.</param>
    public void SignLandContract(string number, string? bureau, DateOnly on, Actor actor, DateOnly today, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(number);
        Take(ContractAction.SignLandContract, on, actor, today, now, note: number, check: () =>
            BusinessRules.Check(new LandContractIsSignedByPlanning(bureau)));
        LandContractSignedOn = on;
        LandContractNumber = number;
    }

    /// <summary>A payment of the land price; the daily job recounts the late-payment penalty from its day.</summary>
    public void RecordPayment(DateOnly on, decimal amount, Actor actor, DateOnly today, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(actor);
        BusinessRules.Check(new EventDateMustNotBeInTheFuture("Payment", on, today));
        BusinessRules.Check(new PaymentsMustNotExceedThePrice(PaidTotal, amount, TransactionPrice));
        Payments.Add(new LandPricePayment(on, amount, actor.Id, actor.Name, now));
        Revision++;
        ScheduleCheck(on);
    }

    /// <summary>不动产登记: the whole price paid first (Binhai 第十条 须在不动产登记前缴清; 出让合同示范文本 第十一条).</summary>
    public void RegisterTitle(DateOnly on, ContractsPolicy policy, Actor actor, DateOnly today, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(policy);
        var clause = policy.InstalmentMaxMonths?.Clause ?? policy.National.RegistrationAfterFullPaymentClause;
        Take(ContractAction.RegisterTitle, on, actor, today, now, check: () =>
        {
            BusinessRules.Check(new TitleIsRegisteredOnce(RegisteredOn));
            BusinessRules.Check(new LandPriceMustBePaidInFullBeforeRegistration(Payments.Where(p => p.PaidOn <= on).Sum(p => p.Amount), TransactionPrice, clause));
        });
        RegisteredOn = on;
    }

    /// <summary>续期申请: at the latest a year before the term ends (the pack's months, else the national law's).</summary>
    public void ApplyForTermRenewal(DateOnly on, ContractsPolicy policy, Actor actor, DateOnly today, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(policy);
        var rule = policy.RenewalApplyMonthsBeforeTermEnd ?? policy.National.RenewalApplyMonthsBeforeTermEnd;
        Take(ContractAction.ApplyForTermRenewal, on, actor, today, now, check: () =>
            BusinessRules.Check(new TermRenewalMustBeAppliedForAYearBeforeTheTermEnds(on, TermEndsOn!.Value, rule.Value, rule.Clause)));
        TermRenewalAppliedOn = on;
    }

    /// <summary>
    /// When the price falls due: the instalments of the supply result; or, for a grant's price in one sum, one term of the
    /// whole price due on the day the land contract is signed — the printed 第十条 reads 在本合同签订后一次性付清 and the model
    /// has no other payment deadline, so it is late from the day after (国有建设用地使用权出让合同（示范文本） 第十条, 第三十条).
    /// None before the land contract is signed, and none for a lease, whose rent the bid deposit becomes (Beijing 三（三）).
    /// </summary>
    public IReadOnlyList<InstalmentTerm> PriceDue() =>
        Instalments.Count > 0 ? Instalments
        : !IsLease && LandContractSignedOn is { } signed && TransactionPrice > 0 ? [new InstalmentTerm(LatePayment.OneSum, signed, TransactionPrice)]
        : [];

    /// <summary>The late-payment penalty as of <paramref name="day"/>, with its steps (what the contract shows).</summary>
    public LatePayment LatePaymentOn(DateOnly day, ContractsPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        return LatePayment.Accrued(PriceDue(), Payments, day, policy.National.LatePaymentPerDay);
    }

    private void CheckPayments(DateOnly today, ContractsPolicy policy, List<Daily.DailyFinding> findings)
    {
        if (PriceDue().Count == 0)
        {
            return;
        }

        var late = LatePaymentOn(today, policy);
        LatePaymentAccruedThrough = today;
        if (late.Amount != LatePaymentAccrued)
        {
            LatePaymentAccrued = late.Amount;
            findings.Add(new Daily.LatePaymentAccruedFinding(today, late));
        }
    }

    /// <summary>The day the payments next need a look: tomorrow while an instalment (or the one sum) is overdue, else the day after the next due date.</summary>
    private DateOnly? NextPaymentCheck(DateOnly today)
    {
        var paid = PaidTotal;
        var cumulative = 0m;
        foreach (var term in PriceDue().OrderBy(t => t.DueOn))
        {
            cumulative += term.Amount;
            if (cumulative > paid)
            {
                return today >= term.DueOn ? today.AddDays(1) : term.DueOn.AddDays(1);
            }
        }

        return null;
    }
}
