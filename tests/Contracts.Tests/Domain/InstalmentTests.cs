using LandPlatform.Contracts.Domain;
using LandPlatform.Contracts.Domain.Daily;
using LandPlatform.Contracts.Domain.Deadlines;
using LandPlatform.Contracts.Domain.Rules;
using LandPlatform.IntegrationContracts.Events;
using LandPlatform.SeedWork;

namespace LandPlatform.Contracts.Tests.Domain;

/// <summary>分期缴纳 (Binhai 第十条): paid within a year, all before registration; late payment 1‰ a day of the overdue amount.</summary>
public sealed class InstalmentTests
{
    private static readonly DateOnly Sold = new(2026, 1, 10);

    private static readonly InstalmentTerm[] Schedule =
    [
        new(1, new DateOnly(2026, 2, 1), 6_000_000m),
        new(2, new DateOnly(2026, 12, 1), 6_345_678m),
    ];

    private static LandPricePayment Paid(int year, int month, int day, decimal amount) =>
        new(new DateOnly(year, month, day), amount, A.Clerk.Id, A.Clerk.Name, A.Now);

    private static SupervisionContract BinhaiGrantWithInstalments()
    {
        var q = A.Qualification(pack: "tianjin-binhai-m0-2023");
        var supply = A.Supply(q);
        supply.Instalments = [.. Schedule];
        var contract = SupervisionContract.Draft(Guid.NewGuid(), supply, q, A.Binhai, null, null, null, A.Clerk, A.Today, A.Now);
        contract.Sign(new DateOnly(2026, 1, 15), A.Clerk, A.Today, A.Now);
        contract.SignLandContract("津滨出让〔2026〕1号", A.Planning, new DateOnly(2026, 1, 20), A.Leader, A.Today, A.Now);
        return contract;
    }

    [Fact]
    public void LatePaymentAccruesOnePerMillePerDayOfTheOverdueAmountUntilPaid()
    {
        // 6,000,000 due 2026-02-01, paid 2026-02-11: ten days late → 6,000,000 × 1‰ × 10 = 60,000.
        var late = LatePayment.Accrued(Schedule, [Paid(2026, 2, 11, 6_000_000m)], new DateOnly(2026, 3, 1), A.Binhai.National.LatePaymentPerDay);

        var step = Assert.Single(late.Steps);
        Assert.Equal(60_000m, late.Amount);
        Assert.Equal((new DateOnly(2026, 2, 2), new DateOnly(2026, 2, 11), 10), (step.From, step.Through, step.Days));
    }

    [Fact]
    public void APartPaymentLowersTheOverdueAmountFromTheNextDay()
    {
        // 6,000,000 overdue 2026-02-02..02-05 (4 days), then 2,000,000 overdue 02-06..02-10 (5 days), paid.
        var late = LatePayment.Accrued(Schedule, [Paid(2026, 2, 5, 4_000_000m), Paid(2026, 2, 10, 2_000_000m)], new DateOnly(2026, 3, 1),
            A.Binhai.National.LatePaymentPerDay);

        Assert.Equal([24_000m, 10_000m], late.Steps.Select(s => s.Amount));
        Assert.Equal(34_000m, late.Amount);
    }

    [Fact]
    public void AnUnpaidInstalmentAccruesToTodayAndNothingBeforeItsDueDate()
    {
        var onDueDate = LatePayment.Accrued(Schedule, [], new DateOnly(2026, 2, 1), A.Binhai.National.LatePaymentPerDay);
        var later = LatePayment.Accrued(Schedule, [], new DateOnly(2026, 2, 4), A.Binhai.National.LatePaymentPerDay);

        Assert.Equal(0m, onDueDate.Amount);
        Assert.Equal(18_000m, later.Amount);
        Assert.Contains("1‰", later.Clause, StringComparison.Ordinal);
    }

    [Fact]
    public void TheDailyLookAccruesTheLatePaymentToTheDayAndStopsWhenPaid()
    {
        var contract = BinhaiGrantWithInstalments();
        for (var day = new DateOnly(2026, 1, 20); day <= new DateOnly(2026, 2, 8); day = day.AddDays(1))
        {
            contract.CheckOn(day, A.Binhai);
        }

        contract.RecordPayment(new DateOnly(2026, 2, 8), 6_000_000m, A.Clerk, A.Today, A.Now);
        var findings = contract.CheckOn(new DateOnly(2026, 2, 20), A.Binhai);

        // Seven days (02-02..02-08) of 6,000,000 at 1‰: 42,000, and no more after the payment.
        Assert.Equal(42_000m, contract.LatePaymentAccrued);
        Assert.Empty(findings.OfType<LatePaymentAccruedFinding>());
    }

    /// <summary>A Xihu grant priced in one sum (no schedule), its land contract signed on 2026-01-20: the day the sum is due.</summary>
    private static SupervisionContract XihuGrantInOneSum()
    {
        var contract = A.Grant();
        contract.Sign(new DateOnly(2026, 1, 15), A.Clerk, A.Today, A.Now);
        contract.SignLandContract("杭出让〔2026〕2号", A.Planning, new DateOnly(2026, 1, 20), A.Leader, A.Today, A.Now);
        return contract;
    }

    [Fact]
    public void OneSumPriceOverdueAccruesLatePayment()
    {
        // 第十条 一次性付清 on signing the land contract (2026-01-20); paid 2026-01-25: five days (01-21..01-25) of the whole price at 1‰.
        var contract = XihuGrantInOneSum();
        for (var day = new DateOnly(2026, 1, 20); day <= new DateOnly(2026, 1, 25); day = day.AddDays(1))
        {
            contract.CheckOn(day, A.Xihu);
        }

        contract.RecordPayment(new DateOnly(2026, 1, 25), A.Price, A.Clerk, A.Today, A.Now);
        var afterPayment = contract.CheckOn(new DateOnly(2026, 2, 20), A.Xihu);
        var late = contract.LatePaymentOn(new DateOnly(2026, 2, 20), A.Xihu);

        var step = Assert.Single(late.Steps);
        Assert.Equal(A.Price * 0.001m * 5, contract.LatePaymentAccrued);
        Assert.Equal(contract.LatePaymentAccrued, late.Amount);
        Assert.Empty(afterPayment.OfType<LatePaymentAccruedFinding>());
        Assert.Equal(
            "一次性付清（应于 2026-01-20 缴纳）逾期 12,345,678 元 × 1‰ × 5 日（2026-01-21 至 2026-01-25）= 61,728.39 元",
            Contracts.Api.Contracts.LatePaymentResponse.Explain(step));
        Assert.Equal(A.Xihu.National.LatePaymentPerDay.Clause, late.Clause);
    }

    [Fact]
    public void OneSumPricePaidOnTheDueDateAccruesNothing()
    {
        var contract = XihuGrantInOneSum();
        contract.RecordPayment(new DateOnly(2026, 1, 20), A.Price, A.Clerk, A.Today, A.Now);

        var findings = Enumerable.Range(0, 30).SelectMany(d => contract.CheckOn(new DateOnly(2026, 1, 20).AddDays(d), A.Xihu)).ToList();

        Assert.Empty(findings.OfType<LatePaymentAccruedFinding>());
        Assert.Equal(0m, contract.LatePaymentAccrued);
        Assert.Empty(contract.LatePaymentOn(new DateOnly(2026, 2, 20), A.Xihu).Steps);
    }

    [Fact]
    public void NothingIsDueInOneSumBeforeTheLandContractIsSignedNorForALeasesRent()
    {
        var unsigned = A.Grant();
        unsigned.Sign(new DateOnly(2026, 1, 15), A.Clerk, A.Today, A.Now);
        var lease = A.LeaseThenTransfer();
        lease.Sign(new DateOnly(2026, 1, 15), A.Clerk, A.Today, A.Now);
        lease.SignLandContract("京租〔2026〕1号", A.Planning, new DateOnly(2026, 1, 20), A.Leader, A.Today, A.Now);

        Assert.Empty(unsigned.PriceDue());
        Assert.Empty(lease.PriceDue());
    }

    [Fact]
    public void RegistrationBeforeThePriceIsPaidInFullIsRefused()
    {
        var contract = BinhaiGrantWithInstalments();
        contract.RecordPayment(new DateOnly(2026, 2, 1), 6_000_000m, A.Clerk, A.Today, A.Now);

        var refused = Assert.Throws<BusinessRuleBrokenException>(() => contract.RegisterTitle(new DateOnly(2026, 3, 1), A.Binhai, A.Clerk, A.Today, A.Now));
        contract.RecordPayment(new DateOnly(2026, 11, 20), 6_345_678m, A.Clerk, A.Today, A.Now);
        contract.RegisterTitle(new DateOnly(2026, 12, 1), A.Binhai, A.Clerk, A.Today, A.Now);

        Assert.Equal(nameof(LandPriceMustBePaidInFullBeforeRegistration), refused.RuleName);
        Assert.Contains("不动产登记前缴清", refused.Rule.Clause, StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2026, 12, 1), contract.RegisteredOn);
    }

    [Fact]
    public void APaymentOverThePriceIsRefused()
    {
        var contract = BinhaiGrantWithInstalments();

        var refused = Assert.Throws<BusinessRuleBrokenException>(() => contract.RecordPayment(new DateOnly(2026, 2, 1), A.Price + 1, A.Clerk, A.Today, A.Now));

        Assert.Equal(nameof(PaymentsMustNotExceedThePrice), refused.RuleName);
        Assert.Empty(contract.Payments);
    }
}
