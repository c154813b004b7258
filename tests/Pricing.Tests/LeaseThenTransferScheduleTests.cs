using LandPlatform.Pricing.Domain;
using LandPlatform.Pricing.Domain.LeaseThenTransfer;
using LandPlatform.Pricing.Domain.PolicyPacks;

namespace LandPlatform.Pricing.Tests;

/// <summary>Beijing 2024 三(三)–(五) with worked numbers.</summary>
public sealed class LeaseThenTransferScheduleTests
{
    private readonly LeaseThenTransferCalculator _calculator = new(Packs.Catalog, Packs.Clock);

    [Fact]
    public void NewLandScheduleFromTheWinningPrice()
    {
        // 20,000,000 ÷ (5 + 15) = 1,000,000 a year; lease rent 5,000,000 = bid deposit; transfer 15,000,000.
        var schedule = Outcome.Computed(_calculator.Schedule(NewLand(20_000_000m, lease: 5, grant: 15)));

        Assert.Equal(1_000_000m, schedule.AnnualRent);
        Assert.Equal(5_000_000m, schedule.TotalLeaseRent);
        Assert.Equal(5_000_000m, schedule.BidDeposit);
        Assert.Equal(15_000_000m, schedule.TransferPrice);
        Assert.Equal(1_000_000m, schedule.RenewalRentPerYear);
        Assert.Equal(2, schedule.MaxRenewalYears);
        Assert.Null(schedule.RenewalRentTotal);
    }

    [Fact]
    public void StockLandUsesTheSupplementaryLandRevenueAndHasNoBidDeposit()
    {
        // 9,000,000 ÷ (3 + 15) = 500,000; rent 1,500,000; transfer 7,500,000.
        var request = new LeaseThenTransferRequest(PolicyPackReference.ById(Packs.BeijingLeaseThenTransfer), Packs.InBeijingPeriod, StockLand: true, SupplementaryLandRevenue: 9_000_000m, LeaseYears: 3, GrantYears: 15);

        var schedule = Outcome.Computed(_calculator.Schedule(request));

        Assert.Equal(1_500_000m, schedule.TotalLeaseRent);
        Assert.Equal(7_500_000m, schedule.TransferPrice);
        Assert.Null(schedule.BidDeposit);
        Assert.Contains(schedule.Warnings, w => w.Code == "NoBidDepositForStockLand");
        Assert.Contains(schedule.Steps, s => s.Rule == "SupplementaryLandRevenue" && s.Clause.Contains("存量工业用地", StringComparison.Ordinal));
    }

    [Fact]
    public void RenewalIsChargedAtTheAverageAnnualRent()
    {
        var schedule = Outcome.Computed(_calculator.Schedule(NewLand(20_000_000m, 5, 15) with { RenewalYears = 2 }));

        Assert.Equal(2_000_000m, schedule.RenewalRentTotal);
    }

    [Fact]
    public void RenewalAboveTwoYearsIsRefused()
    {
        var refusal = Outcome.Refused(_calculator.Schedule(NewLand(20_000_000m, 5, 15) with { RenewalYears = 3 }));

        Assert.Equal("RenewalExceedsMaximum", refusal.Rule);
        Assert.Contains("三（五）", refusal.Clause, StringComparison.Ordinal);
    }

    [Fact]
    public void LeaseAboveFiveYearsIsRefused()
    {
        var refusal = Outcome.Refused(_calculator.Schedule(NewLand(20_000_000m, lease: 6, grant: 10)));

        Assert.Equal("LeaseExceedsMaximum", refusal.Rule);
    }

    [Fact]
    public void LeasePlusGrantAboveTwentyYearsIsRefused()
    {
        var refusal = Outcome.Refused(_calculator.Schedule(NewLand(20_000_000m, lease: 5, grant: 16)));

        Assert.Equal("CombinedTermExceedsMaximum", refusal.Rule);
    }

    [Fact]
    public void MajorProjectMayGoUpToTheIndustrialLegalMaximumWithAWarning()
    {
        // 40,000,000 ÷ (8 + 42) = 800,000 a year; lease rent 6,400,000; transfer 33,600,000.
        var schedule = Outcome.Computed(_calculator.Schedule(NewLand(40_000_000m, lease: 8, grant: 42) with { MajorProject = true }));

        Assert.Equal(6_400_000m, schedule.TotalLeaseRent);
        Assert.Equal(33_600_000m, schedule.TransferPrice);
        Assert.Contains(schedule.Warnings, w => w.Code == "MajorProjectExtension");
    }

    [Fact]
    public void MajorProjectBeyondTheLegalMaximumIsRefused()
    {
        var refusal = Outcome.Refused(_calculator.Schedule(NewLand(40_000_000m, lease: 10, grant: 41) with { MajorProject = true }));

        Assert.Equal("CombinedTermExceedsMaximum", refusal.Rule);
        Assert.Contains("第十二条", refusal.Clause, StringComparison.Ordinal);
    }

    [Fact]
    public void NonTerminatingRentKeepsFullPrecisionAndRoundsOnlyForDisplay()
    {
        // 10,000,000 ÷ 15 × 5: the rent and the transfer price still add up to the price to the cent.
        var schedule = Outcome.Computed(_calculator.Schedule(NewLand(10_000_000m, lease: 5, grant: 10)));

        Assert.Equal(10_000_000m, schedule.TotalLeaseRent + schedule.TransferPrice);
        Assert.Equal(3_333_333.33m, Yuan.RoundForDisplay(schedule.TotalLeaseRent));
        Assert.Equal(6_666_666.67m, Yuan.RoundForDisplay(schedule.TransferPrice));
        Assert.Equal(666_666.67m, Yuan.RoundForDisplay(schedule.AnnualRent));
    }

    [Fact]
    public void StockLandWithoutSupplementaryRevenueIsBadInput()
    {
        var request = new LeaseThenTransferRequest(PolicyPackReference.ById(Packs.BeijingLeaseThenTransfer), Packs.InBeijingPeriod, WinningPrice: 1m, StockLand: true, LeaseYears: 3, GrantYears: 10);

        var errors = Outcome.Invalid(_calculator.Schedule(request));

        Assert.Equal(["supplementaryLandRevenue", "winningPrice"], errors.Select(e => e.Field));
    }

    [Fact]
    public void ZeroLeaseYearsIsBadInput()
    {
        var errors = Outcome.Invalid(_calculator.Schedule(NewLand(1m, lease: 0, grant: 10)));

        Assert.Equal("leaseYears", Assert.Single(errors).Field);
    }

    [Fact]
    public void PackWithoutLeaseThenTransferRulesRefuses()
    {
        var refusal = Outcome.Refused(_calculator.Schedule(NewLand(1m, 5, 15) with { PolicyPack = PolicyPackReference.ById(Packs.Binhai), ValuationDate = Packs.InBinhaiPeriod }));

        Assert.Equal("NoRuleInPolicyPack", refusal.Rule);
    }

    private static LeaseThenTransferRequest NewLand(decimal winningPrice, int lease, int grant) =>
        new(PolicyPackReference.ById(Packs.BeijingLeaseThenTransfer), Packs.InBeijingPeriod, winningPrice, LeaseYears: lease, GrantYears: grant);
}
