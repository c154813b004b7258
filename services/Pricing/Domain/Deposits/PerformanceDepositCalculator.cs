using LandPlatform.Pricing.Domain.Explanation;
using LandPlatform.Pricing.Domain.PolicyPacks;

namespace LandPlatform.Pricing.Domain.Deposits;

/// <summary>Performance deposit (Hangzhou Xihu art. 8, annex 3 三(四)).</summary>
public sealed class PerformanceDepositCalculator(PolicyPackCatalog catalog, TimeProvider clock)
{
    public PricingOutcome<PerformanceDeposit> Compute(PerformanceDepositRequest request)
    {
        var (pack, date, failure) = PackSelection.Select<PerformanceDeposit>(catalog, clock, request.PolicyPack, request.ValuationDate);
        if (failure is not null)
        {
            return failure;
        }

        if (pack!.Pricing.PerformanceDeposit is not { } rules)
        {
            return new Refused<PerformanceDeposit>(new PricingRefusal("NoRuleInPolicyPack", pack.Effective.Clause, $"{pack.Id} sets no performance-deposit rule", []));
        }

        var input = new InputCheck();
        var total = input.Positive(request.TotalPrice, "totalPrice", pack.Id);
        var leaseThenTransfer = input.Flag(request.LeaseThenTransfer, "leaseThenTransfer", $"{pack.Id} ({rules.LeaseThenTransferExemptClause ?? rules.MinimumShareOfTotalPrice.Clause})");
        if (input.HasErrors)
        {
            return new InvalidInput<PerformanceDeposit>(input.Errors);
        }

        var log = new StepLog();
        log.Add("TotalLandPrice", rules.MinimumShareOfTotalPrice.Clause, "总地价（输入）", total, Yuan.Unit);
        decimal deposit;
        if (leaseThenTransfer && rules.LeaseThenTransferExemptClause is { } exempt)
        {
            // Art. 8 says such land "可以免收" (may be exempted); RULES.md and the issue fix it as none.
            deposit = log.Add("LeaseThenTransferExempt", exempt, "先租后让：免收", 0m, Yuan.Unit);
            log.Warn("ExemptionIsDiscretionary", exempt, "art. 8 makes the exemption discretionary (可以免收); the platform applies it as none");
        }
        else
        {
            var share = rules.MinimumShareOfTotalPrice;
            deposit = log.Add("MinimumPerformanceDeposit", share.Clause, $"{Number.Show(total)} × {Number.Show(share.Value)}", total * share.Value, Yuan.Unit);
        }

        return new Computed<PerformanceDeposit>(new PerformanceDeposit(pack.Id, date, total, deposit, log.Steps, log.Warnings));
    }
}
