using LandPlatform.Pricing.Domain.Explanation;
using LandPlatform.Pricing.Domain.PolicyPacks;
using LandPlatform.Pricing.Domain.Terms;

namespace LandPlatform.Pricing.Domain.LeaseThenTransfer;

/// <summary>Lease-then-transfer schedule (Beijing 2024 三(三)–(五)).</summary>
public sealed class LeaseThenTransferCalculator(PolicyPackCatalog catalog, TimeProvider clock)
{
    public PricingOutcome<LeaseThenTransferSchedule> Schedule(LeaseThenTransferRequest request)
    {
        var (pack, date, failure) = PackSelection.Select<LeaseThenTransferSchedule>(catalog, clock, request.PolicyPack, request.ValuationDate);
        if (failure is not null)
        {
            return failure;
        }

        if (pack!.Pricing.LeaseThenTransfer is not { } rules)
        {
            return new Refused<LeaseThenTransferSchedule>(new PricingRefusal("NoRuleInPolicyPack", pack.Effective.Clause, $"{pack.Id} sets no lease-then-transfer rule", []));
        }

        var stock = request.StockLand ?? false;
        var input = new InputCheck();
        decimal basis;
        if (stock)
        {
            basis = input.Positive(request.SupplementaryLandRevenue, "supplementaryLandRevenue", $"{pack.Id} for stock land ({rules.StockLandRentClause})");
            if (request.WinningPrice is not null)
            {
                input.Fail("winningPrice", "NotForStockLand", "winningPrice must not be given for stock land: the rent is computed from supplementaryLandRevenue (三（四）)");
            }
        }
        else
        {
            basis = input.Positive(request.WinningPrice, "winningPrice", $"{pack.Id} for new land ({rules.NewLandRentClause})");
            if (request.SupplementaryLandRevenue is not null)
            {
                input.Fail("supplementaryLandRevenue", "OnlyForStockLand", "supplementaryLandRevenue is only for stock land (stockLand: true)");
            }
        }

        var lease = input.PositiveYears(request.LeaseYears, "leaseYears", pack.Id);
        var grant = input.PositiveYears(request.GrantYears, "grantYears", pack.Id);
        if (request.RenewalYears is < 0)
        {
            input.Fail("renewalYears", "MustNotBeNegative", $"renewalYears must be ≥ 0, got {request.RenewalYears}");
        }

        if (input.HasErrors)
        {
            return new InvalidInput<LeaseThenTransferSchedule>(input.Errors);
        }

        var log = new StepLog();
        var refusal = CheckTerms(log, rules, lease, grant, request.MajorProject ?? false, request.RenewalYears ?? 0);
        if (refusal is not null)
        {
            return new Refused<LeaseThenTransferSchedule>(refusal);
        }

        var formulaClause = stock ? rules.StockLandRentClause : rules.NewLandRentClause;
        var basisName = stock ? "补缴政府土地收益" : "竞得价";
        log.Add(stock ? "SupplementaryLandRevenue" : "WinningPrice", formulaClause, $"{basisName}（输入）", basis, Yuan.Unit);
        var total = lease + grant;
        var annual = log.Add("AnnualRent", formulaClause, $"{Number.Show(basis)} ÷ ({lease} + {grant})", basis / total, "元/年");
        var leaseRent = log.Add("TotalLeaseRent", formulaClause, $"{Number.Show(basis)} ÷ {total} × {lease}", annual * lease, Yuan.Unit);

        decimal? bidDeposit = null;
        if (stock)
        {
            log.Warn("NoBidDepositForStockLand", rules.StockLandAgreementClause, "stock land is allocated by agreement (协议方式), so there is no bidding and no bid deposit");
        }
        else
        {
            bidDeposit = log.Add("BidDeposit", rules.BidDepositClause, "= total lease rent; becomes the lease rent after the deal", leaseRent, Yuan.Unit);
        }

        var transfer = log.Add("TransferPriceOnPassing", formulaClause, $"{Number.Show(basis)} − {Number.Show(leaseRent)}", basis - leaseRent, Yuan.Unit);

        // "前期平均年租金" = total lease rent ÷ lease years, which equals the annual rent by construction.
        var renewalPerYear = log.Add("RenewalRentPerYear", rules.RenewalRentClause, $"{Number.Show(leaseRent)} ÷ {lease}", leaseRent / lease, "元/年");
        decimal? renewalTotal = null;
        if (request.RenewalYears is > 0 and var renewal)
        {
            renewalTotal = log.Add("RenewalRentTotal", rules.RenewalRentClause, $"{Number.Show(renewalPerYear)} × {renewal}", renewalPerYear * renewal, Yuan.Unit);
        }

        return new Computed<LeaseThenTransferSchedule>(new LeaseThenTransferSchedule(
            pack.Id, date, stock, basis, lease, grant, annual, leaseRent, bidDeposit, transfer, renewalPerYear, (int)rules.MaxRenewalYears.Value, renewalTotal, log.Steps, log.Warnings));
    }

    private PricingRefusal? CheckTerms(StepLog log, LeaseThenTransferRules rules, int lease, int grant, bool major, int renewal)
    {
        var combined = lease + grant;
        if (major)
        {
            // A major project (city-approved) may exceed both the 5-year lease and the 20-year total; the
            // only cap left is the legal maximum for industrial use on the combined term (三（三）).
            var legal = GrantTermLimit.NationalIndustrialMaximum(catalog.Baseline);
            if (combined > legal.Value)
            {
                return log.Refuse("CombinedTermExceedsMaximum", $"{rules.MajorProjectExtensionClause}；{legal.Clause}", $"lease {lease} + grant {grant} = {combined} years exceeds the legal maximum of {Number.Show(legal.Value)} years even for a major project");
            }

            log.Add("CombinedTermWithinMaximum", $"{rules.MajorProjectExtensionClause}；{legal.Clause}", $"{lease} + {grant} ≤ {Number.Show(legal.Value)}", combined, "年");
            if (lease > rules.MaxLeaseYears.Value || combined > rules.MaxCombinedYears.Value)
            {
                log.Warn("MajorProjectExtension", rules.MajorProjectExtensionClause, "the terms exceed the ordinary limits and rely on the major-project extension, which needs the city government's approval (经市政府批准)");
            }
        }
        else
        {
            if (lease > rules.MaxLeaseYears.Value)
            {
                return log.Refuse("LeaseExceedsMaximum", rules.MaxLeaseYears.Clause, $"leaseYears {lease} exceeds {Number.Show(rules.MaxLeaseYears.Value)} (only a major project may exceed it)");
            }

            if (combined > rules.MaxCombinedYears.Value)
            {
                return log.Refuse("CombinedTermExceedsMaximum", rules.MaxCombinedYears.Clause, $"lease {lease} + grant {grant} = {combined} years exceeds {Number.Show(rules.MaxCombinedYears.Value)} (only a major project may exceed it)");
            }

            log.Add("CombinedTermWithinMaximum", $"{rules.MaxLeaseYears.Clause}；{rules.MaxCombinedYears.Clause}", $"lease {lease} ≤ {Number.Show(rules.MaxLeaseYears.Value)}, {lease} + {grant} ≤ {Number.Show(rules.MaxCombinedYears.Value)}", combined, "年");
        }

        if (renewal > rules.MaxRenewalYears.Value)
        {
            return log.Refuse("RenewalExceedsMaximum", rules.MaxRenewalYears.Clause, $"renewalYears {renewal} exceeds {Number.Show(rules.MaxRenewalYears.Value)}");
        }

        return null;
    }
}
