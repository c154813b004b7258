using LandPlatform.Monitoring.Domain.Indicators;
using LandPlatform.Monitoring.Domain.Ledger;
using LandPlatform.SeedWork;

namespace LandPlatform.Monitoring.Tests.Domain;

/// <summary>The idle and inefficient land ledger: one row and one plan per parcel (一宗一策), overdue plans flagged.</summary>
public sealed class LedgerSpecs
{
    private static readonly DateOnly Today = new(2026, 6, 1);

    [Fact]
    public void IdleLandCarriesTheNationalConsequenceOfItsYears()
    {
        var rules = Given.Pack(Given.Shilong).IdleLand;
        var entry = Parcel();
        entry.Attach(Guid.CreateVersion7(), null, 10_000_000m, null);

        entry.MarkIdle(1, causedByGovernment: false, Today, rules, "IdleLandDetected");
        Assert.Contains("idle-land fee 20% of the land price = 2000000.00 元", entry.IdleConsequence, StringComparison.Ordinal);

        entry.MarkIdle(2, causedByGovernment: false, Today, rules, "IdleLandDetected");
        Assert.Contains("recovery without compensation", entry.IdleConsequence, StringComparison.Ordinal);

        entry.MarkIdle(2, causedByGovernment: true, Today, rules, "IdleLandDetected");
        Assert.Contains("第八条", entry.IdleConsequence, StringComparison.Ordinal);
    }

    [Fact]
    public void AParcelHasOnePlanAndItsProgressAndIsFlaggedWhenThePlanIsOverdue()
    {
        var entry = Parcel();
        entry.MoveTo(LedgerCategory.ApprovedNotSupplied, Today, "ApplicationApproved", "approved");
        entry.AdoptPlan("征地拆迁未完成", DisposalMeasure.TimeLimitedDevelopment, Today.AddMonths(6), "产业集聚区管委会", Given.DevelopmentClerk, Given.Now);

        var second = Assert.Throws<BusinessRuleBrokenException>(() =>
            entry.AdoptPlan("x", DisposalMeasure.Recovery, Today.AddMonths(6), "国土资源局", Given.DevelopmentClerk, Given.Now));
        Assert.Equal(nameof(OnePlanPerParcel), second.RuleName);

        entry.RecordProgress("拆迁完成一半", completes: false, Given.DevelopmentClerk, Given.Now);
        Assert.False(entry.IsOverdue(Today.AddMonths(6)));
        Assert.True(entry.IsOverdue(Today.AddMonths(6).AddDays(1)));

        entry.RecordProgress("已供地", completes: true, Given.DevelopmentClerk, Given.Now);
        Assert.False(entry.IsOverdue(Today.AddYears(1)));
        Assert.Equal(2, entry.Plan!.Progress.Count);
    }

    [Fact]
    public void AParcelOffTheListNeedsNoPlan()
    {
        var refused = Assert.Throws<BusinessRuleBrokenException>(() =>
            Parcel().AdoptPlan("x", DisposalMeasure.Swap, Today.AddMonths(1), "管委会", Given.DevelopmentClerk, Given.Now));

        Assert.Equal(nameof(APlanIsForAParcelOnTheList), refused.RuleName);
    }

    [Fact]
    public void UnderShilongAParcelPayingLessThanSixWanYuanPerMuIsInefficient()
    {
        var shilong = Given.Pack(Given.Shilong);

        var low = Inefficiency.Judge(shilong, Given.Figures((FigureCodes.TaxPaid, Given.OnTwentyMu(5.9m))), Given.TwentyMuM2)!.Value;
        var enough = Inefficiency.Judge(shilong, Given.Figures((FigureCodes.TaxPaid, Given.OnTwentyMu(6m))), Given.TwentyMuM2)!.Value;

        Assert.True(low.Inefficient);
        Assert.Contains("< 6 万元/亩", low.Workings, StringComparison.Ordinal);
        Assert.False(enough.Inefficient);
        Assert.Null(Inefficiency.Judge(Given.Pack(Given.Binhai), Given.Figures((FigureCodes.TaxPaid, 1m)), Given.TwentyMuM2));
    }

    private static LedgerEntry Parcel() => LedgerEntry.Open("SL-2021-03", Given.Uscc, "石龙示范企业", Given.Shilong, Given.TwentyMuM2);
}
