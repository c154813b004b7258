using LandPlatform.Pricing.Domain.Explanation;
using LandPlatform.Pricing.Domain.PolicyPacks;

namespace LandPlatform.Pricing.Domain.NationalMinimum;

/// <summary>
/// Compares an industrial price with the national minimum for its land grade (国土资发〔2006〕307号),
/// after converting it to the per-m²-of-land, 50-year equivalent the table is stated in.
/// Conversion: no seed gives a land-price yield-rate (还原率) formula, so the equivalent is
/// proportional by years: price × 50 ÷ term (an annual rent is a price for a 1-year term).
/// </summary>
public sealed class NationalMinimumCheck(NationalBaseline baseline)
{
    /// <summary>Per-m²-of-land price converted to the 50-year equivalent, with its steps.</summary>
    public decimal FiftyYearEquivalentPerM2(StepLog log, decimal totalPrice, decimal landAreaM2, int termYears)
    {
        var perM2 = log.Add(
            "LandAreaEquivalentPrice",
            $"{baseline.IndustrialMinimumPrice.Clause}（标准按土地面积计）",
            $"{Number.Show(totalPrice)} ÷ {Number.Show(landAreaM2)} m²",
            totalPrice / landAreaM2,
            "元/m² 土地");
        var years = baseline.EquivalenceTermYears.Value;
        if (termYears == years)
        {
            return perM2;
        }

        return log.Add(
            "FiftyYearEquivalent",
            // The conversion's clause names the document and says the choice; its note is the maintainers' English reasoning.
            baseline.TermConversion.Clause,
            $"{Number.Show(perM2)} × {Number.Show(years)} ÷ {termYears}",
            perM2 * years / termYears,
            "元/m² 土地（50年期）");
    }

    /// <summary>The grade's minimum times the allowed share, as a step.</summary>
    public decimal Threshold(StepLog log, int landGrade, CitedNumber? allowedShare)
    {
        var table = baseline.IndustrialMinimumPrice;
        var minimum = log.Add(
            "NationalMinimumForGrade",
            table.Clause,
            $"land grade {landGrade}",
            table.MinimumPricePerM2(landGrade),
            "元/m² 土地（50年期）");
        return allowedShare is null
            ? minimum
            : log.Add("AllowedShareOfNationalMinimum", allowedShare.Clause, $"{Number.Show(minimum)} × {Number.Show(allowedShare.Value)}", minimum * allowedShare.Value, "元/m² 土地（50年期）");
    }

    /// <summary>Refuses with <c>BelowNationalMinimum</c> when the 50-year equivalent is under the threshold.</summary>
    public PricingRefusal? Compare(StepLog log, decimal fiftyYearEquivalent, decimal threshold, int landGrade)
    {
        if (fiftyYearEquivalent < threshold)
        {
            return log.Refuse(
                "BelowNationalMinimum",
                baseline.IndustrialMinimumPrice.Clause,
                $"the 50-year land-area equivalent {Number.Show(fiftyYearEquivalent)} 元/m² is below the minimum {Number.Show(threshold)} 元/m² for land grade {landGrade}");
        }

        log.Add("NationalMinimumMet", baseline.IndustrialMinimumPrice.Clause, $"{Number.Show(fiftyYearEquivalent)} ≥ {Number.Show(threshold)}", fiftyYearEquivalent, "元/m² 土地（50年期）");
        return null;
    }

    /// <summary>Full check as used inside a quote.</summary>
    public PricingRefusal? Apply(StepLog log, decimal totalPrice, decimal landAreaM2, int termYears, int landGrade, CitedNumber? allowedShare)
    {
        var equivalent = FiftyYearEquivalentPerM2(log, totalPrice, landAreaM2, termYears);
        var threshold = Threshold(log, landGrade, allowedShare);
        return Compare(log, equivalent, threshold, landGrade);
    }

    /// <summary>Standalone check of any industrial price (the national rules only; no pack needed).</summary>
    public PricingOutcome<NationalMinimumCheckResult> Check(NationalMinimumCheckRequest request)
    {
        const string neededBy = "the national minimum check (国土资发〔2006〕307号)";
        var input = new InputCheck();
        var total = input.Positive(request.TotalPrice, "totalPrice", neededBy);
        var area = input.Positive(request.LandAreaM2, "landAreaM2", neededBy);
        var term = input.PositiveYears(request.TermYears, "termYears", neededBy);
        var grade = input.LandGrade(request.LandGrade, neededBy);
        var priority = input.Flag(request.PriorityIntensiveProject, "priorityIntensiveProject", neededBy);
        var maximum = baseline.MaxGrantYearsByUse[LandUseCategory.Industrial];
        if (!input.HasErrors && term > maximum.Value)
        {
            input.Fail("termYears", "TermExceedsMaximum", $"termYears must be ≤ {Number.Show(maximum.Value)} for industrial land ({maximum.Clause})");
        }

        if (input.HasErrors)
        {
            return new InvalidInput<NationalMinimumCheckResult>(input.Errors);
        }

        var log = new StepLog();
        var equivalent = FiftyYearEquivalentPerM2(log, total, area, term);
        var threshold = Threshold(log, grade, priority ? baseline.PriorityIntensiveProjectShare : null);
        var refusal = Compare(log, equivalent, threshold, grade);
        return refusal is not null
            ? new Refused<NationalMinimumCheckResult>(refusal)
            : new Computed<NationalMinimumCheckResult>(new NationalMinimumCheckResult(equivalent, threshold, log.Steps, log.Warnings));
    }
}
