using LandPlatform.Pricing.Domain.Deposits;
using LandPlatform.Pricing.Domain.PolicyPacks;

namespace LandPlatform.Pricing.Tests;

public sealed class PerformanceDepositTests
{
    private readonly PerformanceDepositCalculator _calculator = new(Packs.Catalog, Packs.Clock);

    [Fact]
    public void XihuDepositIsThirtyPercentOfTheTotalPrice()
    {
        var deposit = Outcome.Computed(_calculator.Compute(new PerformanceDepositRequest(PolicyPackReference.ById(Packs.Xihu), Packs.InXihuTrial, 90_000_000m, false)));

        Assert.Equal(27_000_000m, deposit.MinimumDeposit);
        Assert.Contains("第八条", deposit.Steps[^1].Clause, StringComparison.Ordinal);
    }

    [Fact]
    public void LeaseThenTransferParcelHasNoDeposit()
    {
        var deposit = Outcome.Computed(_calculator.Compute(new PerformanceDepositRequest(PolicyPackReference.ById(Packs.Xihu), Packs.InXihuTrial, 90_000_000m, true)));

        Assert.Equal(0m, deposit.MinimumDeposit);
        Assert.Contains(deposit.Warnings, w => w.Code == "ExemptionIsDiscretionary");
    }

    [Fact]
    public void PackWithoutADepositRuleRefuses()
    {
        var refusal = Outcome.Refused(_calculator.Compute(new PerformanceDepositRequest(PolicyPackReference.ById(Packs.Binhai), Packs.InBinhaiPeriod, 1m, false)));

        Assert.Equal("NoRuleInPolicyPack", refusal.Rule);
    }

    [Fact]
    public void MissingLeaseThenTransferFlagIsBadInput()
    {
        var errors = Outcome.Invalid(_calculator.Compute(new PerformanceDepositRequest(PolicyPackReference.ById(Packs.Xihu), Packs.InXihuTrial, 0m)));

        Assert.Equal(["totalPrice", "leaseThenTransfer"], errors.Select(e => e.Field));
    }
}
