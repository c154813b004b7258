using LandPlatform.Pricing.Domain.Compensation;
using LandPlatform.Pricing.Domain.PolicyPacks;

namespace LandPlatform.Pricing.Tests;

public sealed class RecoveryCompensationTests
{
    private readonly CompensationCalculator _calculator = new(Packs.Catalog, Packs.Clock);

    [Fact]
    public void XihuRefundsTheOriginalPriceLessTheYearsUsedAndBuildingsAtAppraisedValue()
    {
        // 90,000,000 − 90,000,000 ÷ 50 × 12.5 = 67,500,000; building appraised 12,000,000.
        var request = new CompensationRequest(
            PolicyPackReference.ById(Packs.Xihu), Packs.InXihuTrial,
            Land: new LandRefundInput(90_000_000m, 50, 12.5m),
            Buildings: [new BuildingInput("厂房", AppraisedValue: 12_000_000m)]);

        var compensation = Outcome.Computed(_calculator.Compute(request));

        Assert.Equal(67_500_000m, compensation.LandRefund);
        Assert.Equal(12_000_000m, compensation.BuildingsCompensation);
        Assert.Equal(79_500_000m, compensation.TotalCompensation);
        Assert.Contains(compensation.Steps, s => s.Rule == "LandRefundLessYearsUsed" && s.Clause.Contains("第九条", StringComparison.Ordinal));
    }

    [Fact]
    public void BeijingRefundsTheRemainingRentLessThePenaltyAndBuildingsAtReplacementCostTimesNewness()
    {
        // Rent 5,000,000 over 5 years, 2 used: 3,000,000 − 500,000 = 2,500,000.
        // Buildings: 8,000,000 × 0.75 = 6,000,000; a shed that cannot be used: 0.
        var request = new CompensationRequest(
            PolicyPackReference.ById(Packs.BeijingLeaseThenTransfer), Packs.InBeijingPeriod,
            LeaseRent: new LeaseRentRefundInput(5_000_000m, 5, 2m, 500_000m),
            Buildings: [new BuildingInput("研发楼", 8_000_000m, 0.75m, true), new BuildingInput("临时棚", 300_000m, 0.2m, false)]);

        var compensation = Outcome.Computed(_calculator.Compute(request));

        Assert.Equal(2_500_000m, compensation.LeaseRentRefund);
        Assert.Equal(6_000_000m, compensation.BuildingsCompensation);
        Assert.Equal(8_500_000m, compensation.TotalCompensation);
        Assert.Contains(compensation.Warnings, w => w.Code == "BuildingNotReusable");
    }

    [Fact]
    public void PenaltyAboveTheRemainingRentLeavesNoRefundAndIsWarned()
    {
        var request = new CompensationRequest(
            PolicyPackReference.ById(Packs.BeijingLeaseThenTransfer), Packs.InBeijingPeriod,
            LeaseRent: new LeaseRentRefundInput(5_000_000m, 5, 2m, 4_000_000m));

        var compensation = Outcome.Computed(_calculator.Compute(request));

        Assert.Equal(0m, compensation.LeaseRentRefund);
        Assert.Contains(compensation.Warnings, w => w.Code == "PenaltyExceedsRemainingRent" && w.Message.Contains("1000000", StringComparison.Ordinal));
    }

    [Fact]
    public void ShijingshanLandRefundIsTheAppraisalItsDocumentRequires()
    {
        var request = new CompensationRequest(
            PolicyPackReference.ById(Packs.Shijingshan), Packs.InBeijingPeriod,
            Land: new LandRefundInput(AppraisedAmount: 7_000_000m),
            Buildings: [new BuildingInput("楼宇", 10_000_000m, 0.9m, true)]);

        var compensation = Outcome.Computed(_calculator.Compute(request));

        Assert.Equal(16_000_000m, compensation.TotalCompensation);
    }

    [Fact]
    public void YearsUsedBeyondTheTermIsBadInput()
    {
        var request = new CompensationRequest(PolicyPackReference.ById(Packs.Xihu), Packs.InXihuTrial, Land: new LandRefundInput(1m, 30, 31m));

        var errors = Outcome.Invalid(_calculator.Compute(request));

        Assert.Equal("land.yearsUsed", Assert.Single(errors).Field);
    }

    [Fact]
    public void NewnessOutsideZeroToOneIsBadInput()
    {
        var request = new CompensationRequest(PolicyPackReference.ById(Packs.BeijingLeaseThenTransfer), Packs.InBeijingPeriod, Buildings: [new BuildingInput("x", 1m, 1.1m, true)]);

        var errors = Outcome.Invalid(_calculator.Compute(request));

        Assert.Equal("buildings[0].newness", Assert.Single(errors).Field);
    }

    [Fact]
    public void PartThePackHasNoRuleForIsRefused()
    {
        // Beijing lease-then-transfer sets no refund for granted land (after transfer: 现行政策).
        var request = new CompensationRequest(PolicyPackReference.ById(Packs.BeijingLeaseThenTransfer), Packs.InBeijingPeriod, Land: new LandRefundInput(1m, 20, 1m));

        Assert.Equal("NoRuleInPolicyPack", Outcome.Refused(_calculator.Compute(request)).Rule);
    }

    [Fact]
    public void EmptyRequestIsBadInput()
    {
        var errors = Outcome.Invalid(_calculator.Compute(new CompensationRequest(PolicyPackReference.ById(Packs.Xihu), Packs.InXihuTrial)));

        Assert.Single(errors);
    }
}
