using LandPlatform.Pricing.Domain.Explanation;
using LandPlatform.Pricing.Domain.NationalMinimum;
using LandPlatform.Pricing.Domain.PolicyPacks;
using LandPlatform.Pricing.Domain.Terms;

namespace LandPlatform.Pricing.Domain.ReservePrices;

/// <summary>
/// Reserve price from the industrial benchmark land price (Tianjin Binhai art. 10, annex 3).
/// M0 is priced per floor area (land × FAR), M1 per land area.
/// </summary>
internal sealed class BenchmarkReservePricing(NationalBaseline baseline, NationalMinimumCheck nationalMinimum)
{
    public PricingOutcome<ReservePriceQuote> Quote(PolicyPack pack, BenchmarkReservePriceRules rules, DateOnly date, ReservePriceRequest request)
    {
        var neededBy = pack.Id;
        var input = new InputCheck();
        var landUse = ParseLandUse(input, request.LandUse, rules, neededBy);
        var landArea = input.Positive(request.LandAreaM2, "landAreaM2", neededBy);
        var benchmark = input.Positive(request.IndustrialBenchmarkPricePerM2, "industrialBenchmarkPricePerM2", neededBy);
        var grade = input.LandGrade(request.LandGrade, neededBy);
        var term = input.PositiveYears(request.TermYears, "termYears", neededBy);
        var rule = landUse is { } use ? rules.LandUses[use] : null;

        decimal far = 0m, share = 0m;
        var relocation = false;
        if (rule is not null)
        {
            if (rule.FloorAreaRatio is { } range)
            {
                far = input.Positive(request.FloorAreaRatio, "floorAreaRatio", $"{neededBy} for {landUse}");
                if (request.FloorAreaRatio is > 0m && !range.Contains(far))
                {
                    input.Fail("floorAreaRatio", "FloorAreaRatioOutsidePackRange", $"floorAreaRatio must be in {range.Describe()} for {landUse} ({range.Clause}), got {Number.Show(far)}");
                }
            }

            if (rule.SelfHeldCorrection)
            {
                share = input.Share(request.SelfHeldShare, "selfHeldShare", $"{neededBy} for {landUse}");
                relocation = input.Flag(request.BeijingRelocation, "beijingRelocation", $"{neededBy} for {landUse}");
            }
        }

        if (input.HasErrors)
        {
            return new InvalidInput<ReservePriceQuote>(input.Errors);
        }

        var log = new StepLog();
        WarnIgnored(log, pack, rule!, request);

        var termRefusal = GrantTermLimit.Check(log, term, [GrantTermLimit.NationalIndustrialMaximum(baseline), pack.Pricing.GrantTerms?.MaxGrantYears, rule!.MaxTermYears]);
        if (termRefusal is not null)
        {
            return new Refused<ReservePriceQuote>(termRefusal);
        }

        var useMaximum = rule.MaxTermYears?.Value ?? GrantTermLimit.NationalIndustrialMaximum(baseline).Value;
        if (rules.TermCorrectionNote is { } note && term < useMaximum)
        {
            log.Warn("NoTermCorrectionFactor", note, $"term {term} years is shorter than the {Number.Show(useMaximum)}-year maximum but the document gives no term factor; the price is not reduced for the shorter term");
        }

        var area = rule.UnitBasis == UnitBasis.Floor
            ? log.Add("FloorArea", rule.UnitBasisClause, $"{Number.Show(landArea)} m² × FAR {Number.Show(far)}", landArea * far, "m² 建筑面积")
            : log.Add("LandArea", rule.UnitBasisClause, $"{Number.Show(landArea)} m²", landArea, "m² 土地");
        if (rule.FloorAreaRatio is { MinInclusive: true } boundary && far == boundary.Min)
        {
            // Binhai art. 5 wants FAR > 1.5 in principle; annex 3 prices FAR 1.5 itself. Priced, flagged.
            log.Warn("FloorAreaRatioAtPrincipleBoundary", boundary.Clause, $"FAR {Number.Show(far)} is accepted because annex 3 prices it, but art. 5 requires FAR above it in principle (原则上); the planning conditions must justify it");
        }

        var unitLabel = rule.UnitBasis == UnitBasis.Floor ? "元/m² 建筑面积" : "元/m² 土地";
        // The input is the one art. 10 names; the step cites it like every other, document first.
        log.Add("IndustrialBenchmarkLandPrice", $"《{pack.DocumentTitle}》第十条 相同地段工业用途基准地价（输入）", Number.Show(benchmark), benchmark, unitLabel);
        var unit = log.Add(
            "BenchmarkMultiple",
            rule.BenchmarkMultiple.Clause,
            $"{Number.Show(benchmark)} × {Number.Show(rule.BenchmarkMultiple.Value)}",
            benchmark * rule.BenchmarkMultiple.Value,
            unitLabel);

        if (rule.SelfHeldCorrection)
        {
            var corrected = SelfHeldCorrection(log, rules.SelfHeld, unit, share, relocation, unitLabel);
            if (corrected.Refusal is not null)
            {
                return new Refused<ReservePriceQuote>(corrected.Refusal);
            }

            unit = corrected.Unit;
        }
        else if (request.SelfHeldShare is not null)
        {
            log.Add("NoSelfHeldCorrection", rule.SelfHeldCorrectionClause!, "× 1", unit, unitLabel);
        }

        var total = log.Add("TotalPrice", rule.UnitBasisClause, $"{Number.Show(unit)} × {Number.Show(area)}", unit * area, Yuan.Unit);

        // The floor (Binhai art. 10: 修正后不能低于…最低价的70%) is written inside the self-held and
        // relocation corrections, so it is applied to the planning uses those corrections apply to (M0).
        // It is applied to M0 prices with or without a correction: reading it only for corrected prices
        // would refuse an uncorrected (higher) price that a corrected (lower) one passes.
        // The national table is per m² of LAND, so the comparison uses the land-area equivalent
        // (total ÷ land area, i.e. floor price × FAR), converted to 50 years, never the floor price.
        var floorShare = rule.SelfHeldCorrection ? rules.NationalMinimumFloorShare : null;
        var equivalent = nationalMinimum.FiftyYearEquivalentPerM2(log, total, landArea, term);
        var threshold = nationalMinimum.Threshold(log, grade, floorShare);
        if (floorShare is not null && equivalent < threshold)
        {
            // "不能低于" sets a floor on the reserve price: the price is raised to it, not refused.
            total = log.Add(
                "RaisedToFloorOfNationalMinimum",
                floorShare.Clause,
                $"{Number.Show(threshold)} × {term} ÷ {Number.Show(baseline.EquivalenceTermYears.Value)} × {Number.Show(landArea)} m²",
                threshold * term / baseline.EquivalenceTermYears.Value * landArea,
                Yuan.Unit);
            unit = log.Add("UnitPriceAfterFloor", floorShare.Clause, $"{Number.Show(total)} ÷ {Number.Show(area)}", total / area, unitLabel);
            log.Warn("RaisedToFloorOfNationalMinimum", floorShare.Clause, $"the corrected price was below {Number.Show(floorShare.Value * 100)}% of the national minimum for land grade {grade} and was raised to it");
            equivalent = nationalMinimum.FiftyYearEquivalentPerM2(log, total, landArea, term);
        }

        var refusal = nationalMinimum.Compare(log, equivalent, threshold, grade);
        if (refusal is not null)
        {
            return new Refused<ReservePriceQuote>(refusal);
        }

        return new Computed<ReservePriceQuote>(new ReservePriceQuote(pack.Id, date, total, unit, rule.UnitBasis, log.Steps, log.Warnings));
    }

    private static (decimal Unit, PricingRefusal? Refusal) SelfHeldCorrection(StepLog log, SelfHeldCorrectionRules rules, decimal unit, decimal share, bool relocation, string unitLabel)
    {
        var shareText = $"{Number.Show(share * 100)}%";

        // Art. 10(一) states the 50% minimum for every M0 project; art. 10(二) only lets relocation
        // projects skip the 70% threshold for the factor ("直接"), so the minimum still applies to them.
        if (share < rules.MinimumShare.Value)
        {
            return (unit, log.Refuse("SelfHeldShareBelowMinimum", rules.MinimumShare.Clause, $"self-held share {shareText} is below the minimum {Number.Show(rules.MinimumShare.Value * 100)}%"));
        }

        if (relocation)
        {
            var factor = share == 1m ? rules.RelocationFullySelfHeldFactor : rules.RelocationFactor;
            return (log.Add("BeijingRelocationCorrection", factor.Clause, $"{Number.Show(unit)} × {Number.Show(factor.Value)}（自持 {shareText}）", unit * factor.Value, unitLabel), null);
        }

        // "以上" includes the number itself (民法典 第一千二百五十九条), so 70% exactly earns ×0.7.
        var tier = rules.Tiers.LastOrDefault(t => share >= t.MinimumShare);
        if (tier is null)
        {
            return (log.Add("NoSelfHeldCorrection", rules.MinimumShare.Clause, $"× 1（自持 {shareText}，未达 {Number.Show(rules.Tiers[0].MinimumShare * 100)}%）", unit, unitLabel), null);
        }

        return (log.Add("SelfHeldCorrection", tier.Clause, $"{Number.Show(unit)} × {Number.Show(tier.Factor)}（自持 {shareText}）", unit * tier.Factor, unitLabel), null);
    }

    private static LandUse? ParseLandUse(InputCheck input, string? text, BenchmarkReservePriceRules rules, string neededBy)
    {
        if (text is null)
        {
            input.Missing("landUse", neededBy);
            return null;
        }

        // Matched by exact name: Enum.TryParse would also accept "0" or "m0".
        foreach (var use in rules.LandUses.Keys.Where(k => k.ToString() == text))
        {
            return use;
        }

        input.Fail("landUse", "UnknownLandUse", $"landUse must be one of {string.Join(" | ", rules.LandUses.Keys)} under {neededBy}, got '{text}'");
        return null;
    }

    private static void WarnIgnored(StepLog log, PolicyPack pack, BenchmarkLandUseRule rule, ReservePriceRequest request) =>
        IgnoredFields.Warn(
            log,
            pack.Id,
            rule.SelfHeldCorrection ? rule.UnitBasisClause : rule.SelfHeldCorrectionClause ?? rule.UnitBasisClause,
            ("industrialAppraisalPerMu", request.IndustrialAppraisalPerMu is not null),
            ("floorAreaRatio", rule.FloorAreaRatio is null && request.FloorAreaRatio is not null),
            ("selfHeldShare", !rule.SelfHeldCorrection && request.SelfHeldShare is not null),
            ("beijingRelocation", !rule.SelfHeldCorrection && request.BeijingRelocation is not null));
}
