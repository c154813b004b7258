using LandPlatform.Pricing.Domain.Explanation;
using LandPlatform.Pricing.Domain.PolicyPacks;

namespace LandPlatform.Pricing.Domain.Terms;

/// <summary>
/// Checks a grant term against every limit that applies (national maximum for the use, the pack's
/// own, the planning use's own) and refuses with the tightest one's clause. A pack may shorten the
/// national maximum, never lengthen it (条例 art. 12).
/// </summary>
public static class GrantTermLimit
{
    public static PricingRefusal? Check(StepLog log, int termYears, IEnumerable<CitedNumber?> limits)
    {
        var tightest = limits.OfType<CitedNumber>().OrderBy(l => l.Value).First();
        if (termYears > tightest.Value)
        {
            return log.Refuse(
                "TermExceedsMaximum",
                tightest.Clause,
                $"termYears {termYears} exceeds the maximum of {Number.Show(tightest.Value)} years");
        }

        log.Add("GrantTermWithinMaximum", tightest.Clause, $"{termYears} ≤ {Number.Show(tightest.Value)}", termYears, "年");
        return null;
    }

    public static CitedNumber NationalIndustrialMaximum(NationalBaseline baseline) =>
        baseline.MaxGrantYearsByUse[LandUseCategory.Industrial];
}
