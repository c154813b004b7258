using LandPlatform.Pricing.Domain.Explanation;
using LandPlatform.Pricing.Domain.NationalMinimum;
using LandPlatform.Pricing.Domain.PolicyPacks;
using LandPlatform.Pricing.Domain.Terms;

namespace LandPlatform.Pricing.Domain.ReservePrices;

/// <summary>
/// Starting price from the industrial appraisal per mu (Hangzhou Xihu art. 5–6), priced per land area.
/// </summary>
internal sealed class AppraisalReservePricing(NationalBaseline baseline, NationalMinimumCheck nationalMinimum)
{
    public PricingOutcome<ReservePriceQuote> Quote(PolicyPack pack, AppraisalReservePriceRules rules, DateOnly date, ReservePriceRequest request)
    {
        var neededBy = pack.Id;
        var input = new InputCheck();
        var landArea = input.Positive(request.LandAreaM2, "landAreaM2", neededBy);
        var appraisal = input.Positive(request.IndustrialAppraisalPerMu, "industrialAppraisalPerMu", neededBy);
        var grade = input.LandGrade(request.LandGrade, neededBy);
        var term = input.PositiveYears(request.TermYears, "termYears", neededBy);
        if (input.HasErrors)
        {
            return new InvalidInput<ReservePriceQuote>(input.Errors);
        }

        var log = new StepLog();
        IgnoredFields.Warn(
            log,
            pack.Id,
            rules.AppraisalMultiple.Clause,
            ("landUse", request.LandUse is not null),
            ("industrialBenchmarkPricePerM2", request.IndustrialBenchmarkPricePerM2 is not null),
            ("floorAreaRatio", request.FloorAreaRatio is not null),
            ("selfHeldShare", request.SelfHeldShare is not null),
            ("beijingRelocation", request.BeijingRelocation is not null));

        var termRefusal = GrantTermLimit.Check(log, term, [GrantTermLimit.NationalIndustrialMaximum(baseline), pack.Pricing.GrantTerms?.MaxGrantYears]);
        if (termRefusal is not null)
        {
            return new Refused<ReservePriceQuote>(termRefusal);
        }

        // Xihu gives a starting-price factor only for 50 years (the maximum, ×1) and 30 years (×0.6);
        // any other term is left to the district government (art. 6), so it is refused, not interpolated.
        var termFactor = rules.TermFactors.FirstOrDefault(f => f.Years == term);
        if (termFactor is null)
        {
            return new Refused<ReservePriceQuote>(log.Refuse(
                "TermWithoutPriceFactor",
                rules.OtherTermsClause,
                $"termYears {term} has no starting-price factor in {pack.Id} (only {string.Join(", ", rules.TermFactors.Select(f => f.Years))} years); the district government must decide"));
        }

        const string perMu = "元/亩";
        // The input is the one art. 5 names; the step cites it like every other, document first.
        log.Add("IndustrialAppraisal", $"《{pack.DocumentTitle}》第五条 工业用地评估价（输入）", Number.Show(appraisal), appraisal, perMu);
        var price = log.Add(
            "AppraisalMultiple",
            rules.AppraisalMultiple.Clause,
            $"{Number.Show(appraisal)} × {Number.Show(rules.AppraisalMultiple.Value)}",
            appraisal * rules.AppraisalMultiple.Value,
            perMu);

        // The 300万/亩 minimum is on the starting price art. 5 defines; art. 6 then applies the 30-year
        // factor to that starting price, so a 30-year parcel may start below 300万/亩 (0.6 × 300万 = 180万).
        var minimum = rules.MinimumPricePerMu.Value;
        price = log.Add(
            "MinimumStartingPricePerMu",
            rules.MinimumPricePerMu.Clause,
            price < minimum ? $"max({Number.Show(price)}, {Number.Show(minimum)}) → raised to the minimum" : $"max({Number.Show(price)}, {Number.Show(minimum)})",
            Math.Max(price, minimum),
            perMu);
        if (termFactor.Factor != 1m)
        {
            price = log.Add("GrantTermFactor", termFactor.Clause, $"{Number.Show(price)} × {Number.Show(termFactor.Factor)}（{term}年）", price * termFactor.Factor, perMu);
        }

        var mu = log.Add("LandAreaInMu", "1 亩 = 10000/15 m²", $"{Number.Show(landArea)} × 15 ÷ 10000", Area.SquareMetresToMu(landArea), "亩");
        var total = log.Add("TotalPrice", rules.AppraisalMultiple.Clause, $"{Number.Show(price)} × {Number.Show(mu)} 亩", price * mu, Yuan.Unit);
        var unit = log.Add("UnitPricePerLandArea", "1 亩 = 10000/15 m²", $"{Number.Show(price)} × 15 ÷ 10000", price * 15m / 10000m, "元/m² 土地");

        var refusal = nationalMinimum.Apply(log, total, landArea, term, grade, allowedShare: null);
        return refusal is not null
            ? new Refused<ReservePriceQuote>(refusal)
            : new Computed<ReservePriceQuote>(new ReservePriceQuote(pack.Id, date, total, unit, UnitBasis.Land, log.Steps, log.Warnings));
    }
}
