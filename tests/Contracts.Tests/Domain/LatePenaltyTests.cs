using LandPlatform.Contracts.Domain;
using LandPlatform.Contracts.Domain.Daily;
using LandPlatform.Contracts.Domain.Deadlines;
using LandPlatform.Contracts.Domain.Rules;
using LandPlatform.SeedWork;

namespace LandPlatform.Contracts.Tests.Domain;

/// <summary>附件3 五（一）: 1‰ of the transaction price per day late, to the day, stopping on the actual date.</summary>
public sealed class LatePenaltyTests
{
    private static readonly DateOnly Delivered = new(2026, 3, 1);
    private static readonly DateOnly StartDue = new(2026, 9, 1);

    [Fact]
    public void TheStartIsDueTheAgreedNumberOfMonthsAfterTheActualDelivery()
    {
        var contract = A.Delivered(Delivered);

        Assert.Equal(StartDue, contract.AgreedStartBy);
    }

    [Fact]
    public void StartingThirtySevenDaysLateAccruesThirtySevenPerMilleOfThePrice()
    {
        var contract = A.Delivered(Delivered);
        contract.StartConstruction(StartDue.AddDays(37), A.Clerk, A.Today, A.Now);

        var penalty = LatePenalty.Accrued(Milestone.Start, StartDue, contract.StartedOn, A.Today, A.Price, A.Xihu.LatePenaltyPerDay);

        Assert.Equal(37, penalty.DaysLate);
        Assert.Equal(456_790.086m, penalty.Amount);
        Assert.Equal(37, contract.DaysLate(Milestone.Start));
        Assert.Contains("1‰", penalty.Clause, StringComparison.Ordinal);
    }

    [Fact]
    public void StartingOnTheAgreedDayIsOnTime()
    {
        var penalty = LatePenalty.Accrued(Milestone.Start, StartDue, StartDue, A.Today, A.Price, A.Xihu.LatePenaltyPerDay);

        Assert.False(penalty.IsLate);
        Assert.Equal(0m, penalty.Amount);
    }

    [Fact]
    public void WhileOutstandingThePenaltyCountsToTodayAndStopsOnTheActualDate()
    {
        var outstanding = LatePenalty.Accrued(Milestone.Start, StartDue, null, StartDue.AddDays(10), A.Price, A.Xihu.LatePenaltyPerDay);
        var reached = LatePenalty.Accrued(Milestone.Start, StartDue, StartDue.AddDays(12), StartDue.AddDays(400), A.Price, A.Xihu.LatePenaltyPerDay);

        Assert.Equal(10, outstanding.DaysLate);
        Assert.Equal(12, reached.DaysLate);
    }

    [Fact]
    public void TheDailyLookReportsAMissedStartOnceAndThePenaltyEachDayItGrows()
    {
        var contract = A.Delivered(Delivered);

        var onTheDueDay = contract.CheckOn(StartDue, A.Xihu).Where(f => f is not ProgressReportMissingFinding);
        var dayOne = contract.CheckOn(StartDue.AddDays(1), A.Xihu);
        var dayOneAgain = contract.CheckOn(StartDue.AddDays(1), A.Xihu);
        var dayTwo = contract.CheckOn(StartDue.AddDays(2), A.Xihu);

        Assert.Empty(onTheDueDay);
        Assert.Single(dayOne.OfType<MilestoneMissedFinding>());
        Assert.Equal(1, Assert.Single(dayOne.OfType<PenaltyAccruedFinding>()).Penalty.DaysLate);
        Assert.Empty(dayOneAgain);
        Assert.Empty(dayTwo.OfType<MilestoneMissedFinding>());
        Assert.Equal(2, Assert.Single(dayTwo.OfType<PenaltyAccruedFinding>()).Penalty.DaysLate);
    }

    [Fact]
    public void OnceStartedThePenaltyIsFinalAndStopsGrowing()
    {
        var contract = A.Delivered(Delivered);
        for (var day = StartDue; day <= StartDue.AddDays(36); day = day.AddDays(1))
        {
            contract.CheckOn(day, A.Xihu);
        }

        contract.StartConstruction(StartDue.AddDays(37), A.Clerk, A.Today, A.Now);
        var final = Assert.Single(contract.CheckOn(StartDue.AddDays(37), A.Xihu).OfType<PenaltyAccruedFinding>());
        var later = contract.CheckOn(StartDue.AddDays(60), A.Xihu).OfType<PenaltyAccruedFinding>();

        Assert.True(final.Final);
        Assert.Equal(456_790.086m, final.Penalty.Amount);
        Assert.Empty(later);
    }

    [Fact]
    public void CompletionIsDueTheAgreedMonthsAfterTheActualStartAndLateCompletionCostsTheSameRate()
    {
        var contract = A.Delivered(Delivered);
        contract.StartConstruction(new DateOnly(2026, 6, 1), A.Clerk, A.Today, A.Now);

        Assert.Equal(new DateOnly(2028, 6, 1), contract.AgreedCompletionBy);
        var findings = contract.CheckOn(new DateOnly(2028, 6, 11), A.Xihu);

        Assert.Equal(Milestone.Completion, Assert.Single(findings.OfType<MilestoneMissedFinding>()).Milestone);
        Assert.Equal(123_456.78m, Assert.Single(findings.OfType<PenaltyAccruedFinding>()).Penalty.Amount);
    }

    [Fact]
    public void InstalmentsBeyondOneYearAreRefusedUnderBinhai()
    {
        var schedule = new[]
        {
            new IntegrationContracts.Events.InstalmentTerm(1, new DateOnly(2026, 2, 1), 6_000_000m),
            new IntegrationContracts.Events.InstalmentTerm(2, new DateOnly(2027, 2, 1), 6_345_678m),
        };

        var refused = Assert.Throws<BusinessRuleBrokenException>(() => Instalments.CheckAgainst(A.Binhai, schedule, new DateOnly(2026, 1, 10)));

        Assert.Empty(Instalments.Check(schedule, new DateOnly(2026, 1, 10), A.Price));
        Assert.Equal(nameof(InstalmentsMustBePaidWithinTheMaximumTerm), refused.RuleName);
        Assert.Contains("第十条", refused.Rule.Clause, StringComparison.Ordinal);
    }

    [Fact]
    public void XihuAllowsNoInstalments()
    {
        var schedule = new[] { new IntegrationContracts.Events.InstalmentTerm(1, new DateOnly(2026, 2, 1), A.Price) };

        var refused = Assert.Throws<BusinessRuleBrokenException>(() => Instalments.CheckAgainst(A.Xihu, schedule, new DateOnly(2026, 1, 10)));

        Assert.Equal(nameof(InstalmentsMustBeAllowedByThePack), refused.RuleName);
    }
}
