using LandPlatform.Pricing.Domain.Explanation;
using LandPlatform.Pricing.Domain.PolicyPacks;

namespace LandPlatform.Pricing.Domain.Compensation;

/// <summary>
/// Compensation on recovery: land refund (Xihu art. 9; Shijingshan 五(三)), remaining lease rent less
/// the penalty (Beijing 三(七)), buildings at replacement cost × newness or appraised value.
/// </summary>
public sealed class CompensationCalculator(PolicyPackCatalog catalog, TimeProvider clock)
{
    public PricingOutcome<RecoveryCompensation> Compute(CompensationRequest request)
    {
        var (pack, date, failure) = PackSelection.Select<RecoveryCompensation>(catalog, clock, request.PolicyPack, request.ValuationDate);
        if (failure is not null)
        {
            return failure;
        }

        var rules = pack!.Pricing.Compensation;
        var input = new InputCheck();
        if (request.Land is null && request.LeaseRent is null && request.Buildings is null)
        {
            input.Fail("land", "Required", "give at least one of land, leaseRent or buildings");
            return new InvalidInput<RecoveryCompensation>(input.Errors);
        }

        var missing = (request.Land is not null && rules?.LandRefund is null) ? "land refund"
            : (request.LeaseRent is not null && rules?.LeaseRentRefund is null) ? "lease-rent refund"
            : (request.Buildings is not null && rules?.Buildings is null) ? "building compensation"
            : null;
        if (missing is not null)
        {
            return new Refused<RecoveryCompensation>(new PricingRefusal("NoRuleInPolicyPack", pack.Effective.Clause, $"{pack.Id} sets no {missing} rule", []));
        }

        var log = new StepLog();
        var land = request.Land is { } l ? LandRefund(log, input, rules!.LandRefund!, l, pack.Id) : null;
        var rent = request.LeaseRent is { } r ? LeaseRentRefund(log, input, rules!.LeaseRentRefund!, r, pack.Id) : null;
        var buildings = request.Buildings is { } b ? BuildingsCompensation(log, input, rules!.Buildings!, b, pack.Id) : null;
        if (input.HasErrors)
        {
            return new InvalidInput<RecoveryCompensation>(input.Errors);
        }

        var total = (land ?? 0m) + (rent ?? 0m) + (buildings ?? 0m);
        log.Add("TotalCompensation", rules!.LandRefund?.Clause ?? rules.LeaseRentRefund?.Clause ?? rules.Buildings!.Clause, "land + lease rent + buildings", total, Yuan.Unit);
        return new Computed<RecoveryCompensation>(new RecoveryCompensation(pack.Id, date, land, rent, buildings, total, log.Steps, log.Warnings));
    }

    private static decimal? LandRefund(StepLog log, InputCheck input, CompensationRule<LandRefundMethod> rule, LandRefundInput land, string packId)
    {
        if (rule.Method == LandRefundMethod.AppraisedFromFeesPaid)
        {
            var appraised = input.NonNegative(land.AppraisedAmount, "land.appraisedAmount", $"{packId} ({rule.Clause})");
            return input.HasErrors ? null : log.Add("LandRefundByAppraisal", rule.Clause, "评估确定（输入）", appraised, Yuan.Unit);
        }

        var price = input.Positive(land.OriginalPrice, "land.originalPrice", packId);
        var term = input.PositiveYears(land.TermYears, "land.termYears", packId);
        var used = input.NonNegative(land.YearsUsed, "land.yearsUsed", packId);
        if (land.TermYears is > 0 && used > term)
        {
            input.Fail("land.yearsUsed", "YearsUsedExceedTerm", $"land.yearsUsed {Number.Show(used)} exceeds land.termYears {term}");
        }

        if (input.HasErrors)
        {
            return null;
        }

        // Art. 9 "按原出让价格扣减相应使用年限后予以退还": the price is spread evenly over the granted
        // term and the share of the years used is deducted.
        return log.Add("LandRefundLessYearsUsed", rule.Clause, $"{Number.Show(price)} − {Number.Show(price)} ÷ {term} × {Number.Show(used)}", price - (price / term * used), Yuan.Unit);
    }

    private static decimal? LeaseRentRefund(StepLog log, InputCheck input, CompensationRule<LeaseRentRefundMethod> rule, LeaseRentRefundInput rent, string packId)
    {
        var total = input.Positive(rent.TotalLeaseRent, "leaseRent.totalLeaseRent", packId);
        var lease = input.PositiveYears(rent.LeaseYears, "leaseRent.leaseYears", packId);
        var used = input.NonNegative(rent.YearsUsed, "leaseRent.yearsUsed", packId);
        var penalty = input.NonNegative(rent.Penalty, "leaseRent.penalty", $"{packId} ({rule.Clause})");
        if (rent.LeaseYears is > 0 && used > lease)
        {
            input.Fail("leaseRent.yearsUsed", "YearsUsedExceedTerm", $"leaseRent.yearsUsed {Number.Show(used)} exceeds leaseRent.leaseYears {lease}");
        }

        if (input.HasErrors)
        {
            return null;
        }

        var annual = log.Add("AnnualRent", rule.Clause, $"{Number.Show(total)} ÷ {lease}", total / lease, "元/年");
        var remaining = log.Add("RemainingYearsRent", rule.Clause, $"{Number.Show(annual)} × ({lease} − {Number.Show(used)})", annual * (lease - used), Yuan.Unit);
        if (penalty > remaining)
        {
            // The refund cannot go negative; the uncovered penalty remains a claim outside this refund.
            log.Warn("PenaltyExceedsRemainingRent", rule.Clause, $"the penalty exceeds the remaining rent by {Number.Show(penalty - remaining)} 元; the refund is 0 and the rest is claimed separately");
        }

        return log.Add("LeaseRentRefundLessPenalty", rule.Clause, $"max(0, {Number.Show(remaining)} − {Number.Show(penalty)})", Math.Max(0m, remaining - penalty), Yuan.Unit);
    }

    private static decimal? BuildingsCompensation(StepLog log, InputCheck input, CompensationRule<BuildingCompensationMethod> rule, IReadOnlyList<BuildingInput> buildings, string packId)
    {
        var sum = 0m;
        for (var i = 0; i < buildings.Count; i++)
        {
            var building = buildings[i];
            var field = $"buildings[{i}]";
            var name = building.Name ?? field;
            if (rule.Method == BuildingCompensationMethod.AppraisedValue)
            {
                var appraised = input.NonNegative(building.AppraisedValue, $"{field}.appraisedValue", $"{packId} ({rule.Clause})");
                if (!input.HasErrors)
                {
                    sum += log.Add("BuildingAtAppraisedValue", rule.Clause, $"{name}: 评估价（输入）", appraised, Yuan.Unit);
                }

                continue;
            }

            var cost = input.NonNegative(building.ReplacementCost, $"{field}.replacementCost", packId);
            var newness = input.Share(building.Newness, $"{field}.newness", packId);
            var reusable = input.Flag(building.Reusable, $"{field}.reusable", $"{packId} ({rule.Clause})");
            if (input.HasErrors)
            {
                continue;
            }

            if (!reusable)
            {
                log.Add("BuildingNotReusable", rule.Clause, $"{name}: 不可继续使用 → 0", 0m, Yuan.Unit);
                log.Warn("BuildingNotReusable", rule.Clause, $"{name} cannot be used further: no compensation; the holder demolishes it or bears the demolition cost");
                continue;
            }

            sum += log.Add("BuildingAtReplacementCostTimesNewness", rule.Clause, $"{name}: {Number.Show(cost)} × {Number.Show(newness)}", cost * newness, Yuan.Unit);
        }

        return input.HasErrors ? null : log.Add("BuildingsCompensation", rule.Clause, "Σ buildings", sum, Yuan.Unit);
    }
}
