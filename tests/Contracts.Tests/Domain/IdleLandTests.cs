using LandPlatform.Contracts.Domain;
using LandPlatform.Contracts.Domain.Daily;
using LandPlatform.Contracts.Domain.Deadlines;
using LandPlatform.Contracts.Domain.Rules;
using LandPlatform.SeedWork;

namespace LandPlatform.Contracts.Tests.Domain;

/// <summary>
/// 闲置土地处置办法: a year after the agreed start → idle (fee 20%); two years → recovery without compensation. The years
/// count as the civil code counts a period (民法典 第二百零一条): from the day after the agreed start, so 满一年 / 满两年 is
/// complete at the end of the anniversary, and the consequence applies from the day after it.
/// </summary>
public sealed class IdleLandTests
{
    private static readonly DateOnly StartDue = new(2026, 9, 1);

    [Fact]
    public void LandNotStartedOneYearAfterTheAgreedStartIsIdleWithAFeeOfTwentyPercentOfThePrice()
    {
        var idle = IdleLand.On(StartDue, null, StartDue.AddYears(1).AddDays(1), A.Price, A.Xihu.National);

        Assert.NotNull(idle);
        Assert.Equal(1, idle.YearsIdle);
        Assert.Equal(2_469_135.6m, idle.Fee);
        Assert.False(idle.Recovery);
        Assert.Equal(StartDue, idle.IdleSince);
    }

    [Fact]
    public void IdleFromTheDayAfterTheAnniversary()
    {
        Assert.Null(IdleLand.On(StartDue, null, StartDue.AddYears(1), A.Price, A.Xihu.National));
        Assert.Equal(1, IdleLand.On(StartDue, null, StartDue.AddYears(1).AddDays(1), A.Price, A.Xihu.National)!.YearsIdle);
    }

    [Fact]
    public void RecoverableFromTheDayAfterTheSecondAnniversary()
    {
        var anniversary = IdleLand.On(StartDue, null, StartDue.AddYears(2), A.Price, A.Xihu.National)!;
        var dayAfter = IdleLand.On(StartDue, null, StartDue.AddYears(2).AddDays(1), A.Price, A.Xihu.National)!;

        Assert.Equal((1, false), (anniversary.YearsIdle, anniversary.Recovery));
        Assert.Equal((2, true), (dayAfter.YearsIdle, dayAfter.Recovery));
    }

    [Fact]
    public void AYearFromTheTwentyNinthOfFebruaryEndsWithTheTwentyEighth()
    {
        // 民法典 第二百零二条: no corresponding day → the month's last day is the period's last day.
        var leapDay = new DateOnly(2028, 2, 29);

        Assert.Null(IdleLand.On(leapDay, null, new DateOnly(2029, 2, 28), A.Price, A.Xihu.National));
        Assert.Equal(1, IdleLand.On(leapDay, null, new DateOnly(2029, 3, 1), A.Price, A.Xihu.National)!.YearsIdle);
    }

    [Fact]
    public void OneDayShortOfAYearIsNotIdle() =>
        Assert.Null(IdleLand.On(StartDue, null, StartDue.AddYears(1).AddDays(-1), A.Price, A.Xihu.National));

    [Fact]
    public void TwoYearsIdleMeansRecovery()
    {
        var idle = IdleLand.On(StartDue, null, StartDue.AddYears(2).AddDays(1), A.Price, A.Xihu.National);

        Assert.True(idle!.Recovery);
        Assert.Contains("无偿收回", idle.Clause, StringComparison.Ordinal);
    }

    [Fact]
    public void StartedLandIsNeverIdle() =>
        Assert.Null(IdleLand.On(StartDue, StartDue.AddDays(400), StartDue.AddYears(3), A.Price, A.Xihu.National));

    [Fact]
    public void TheDailyLookReportsEachIdleYearOnceWhenItIsCrossed()
    {
        var contract = A.Delivered(new DateOnly(2026, 3, 1));
        var found = new List<(int Years, DateOnly On)>();
        for (var day = StartDue; day <= StartDue.AddYears(2).AddDays(5); day = day.AddDays(1))
        {
            found.AddRange(contract.CheckOn(day, A.Xihu).OfType<IdleLandFinding>().Select(f => (f.Idle.YearsIdle, f.On)));
        }

        Assert.Equal([(1, StartDue.AddYears(1).AddDays(1)), (2, StartDue.AddYears(2).AddDays(1))], found);
    }

    [Fact]
    public void IdleLandIsRecoveredOnlyAfterTwoYears()
    {
        var contract = A.Delivered(new DateOnly(2026, 3, 1));

        var early = Assert.Throws<BusinessRuleBrokenException>(() =>
            contract.Terminate(TerminationCause.IdleLandRecovered, StartDue.AddYears(1), A.Xihu, A.Clerk, A.Today, A.Now));
        var onTheSecondAnniversary = Assert.Throws<BusinessRuleBrokenException>(() =>
            contract.Terminate(TerminationCause.IdleLandRecovered, StartDue.AddYears(2), A.Xihu, A.Clerk, A.Today, A.Now));
        contract.Terminate(TerminationCause.IdleLandRecovered, StartDue.AddYears(2).AddDays(1), A.Xihu, A.Clerk, A.Today, A.Now);

        Assert.Equal(nameof(RecoveryNeedsTwoYearsIdleNotTheGovernmentsDelay), early.RuleName);
        Assert.Equal(nameof(RecoveryNeedsTwoYearsIdleNotTheGovernmentsDelay), onTheSecondAnniversary.RuleName);
        Assert.Equal(Contracts.Domain.Lifecycle.ContractState.Terminated, contract.State);
    }

    [Fact]
    public void TheGovernmentsDelayBarsRecoveryAndMarksTheIdleFinding()
    {
        var contract = A.Delivered(new DateOnly(2026, 3, 1));
        contract.RecordGovernmentDelay("区政府未完成拆迁的书面说明");

        var finding = Assert.Single(contract.CheckOn(StartDue.AddYears(1).AddDays(1), A.Xihu).OfType<IdleLandFinding>());
        var refused = Assert.Throws<BusinessRuleBrokenException>(() =>
            contract.Terminate(TerminationCause.IdleLandRecovered, StartDue.AddYears(2).AddDays(1), A.Xihu, A.Clerk, A.Today, A.Now));

        Assert.True(finding.CausedByGovernment);
        Assert.Equal(nameof(RecoveryNeedsTwoYearsIdleNotTheGovernmentsDelay), refused.RuleName);
    }

    [Fact]
    public void IdleLandIsRecoveredWithoutCompensation()
    {
        var contract = A.Delivered(new DateOnly(2026, 3, 1));

        var refused = Assert.Throws<BusinessRuleBrokenException>(() =>
            contract.Terminate(TerminationCause.IdleLandRecovered, StartDue.AddYears(2).AddDays(1), A.Xihu, A.Clerk, A.Today, A.Now, compensation: 1m));

        Assert.Equal(nameof(IdleLandIsRecoveredWithoutCompensation), refused.RuleName);
    }
}
