using System.Globalization;

namespace LandPlatform.Pricing.Domain.PolicyPacks;

/// <summary>
/// Reads the national baseline file. The minimum-price table must list every grade 1–15 with a
/// positive price that does not rise with the grade number (grade 1 is the dearest land).
/// </summary>
public static class NationalBaselineJsonReader
{
    private static readonly Dictionary<string, LandUseCategory> Uses = new()
    {
        ["industrial"] = LandUseCategory.Industrial,
        ["commercial"] = LandUseCategory.Commercial,
        ["residential"] = LandUseCategory.Residential,
        ["public"] = LandUseCategory.Public,
        ["comprehensive"] = LandUseCategory.Comprehensive,
    };

    public static NationalBaseline Read(string source, string json)
    {
        using var document = PolicyPackJsonReader.Parse(source, json);
        var root = document.RootElement;
        var r = new JsonFieldReader();

        var terms = new Dictionary<LandUseCategory, CitedNumber>();
        if (r.Object(root, "", "maxGrantTermsByUse") is { } byUse)
        {
            foreach (var (name, use) in Uses)
            {
                if (PolicyPackJsonReader.Years(r, r.Cited(byUse, "maxGrantTermsByUse", name), $"maxGrantTermsByUse.{name}") is { } years)
                {
                    terms[use] = years;
                }
            }
        }

        var table = r.Object(root, "", "industrialMinimumPrice") is { } t ? ReadTable(r, t) : null;

        var idle = r.Object(root, "", "idleLand");
        var conversion = r.Object(root, "", "termConversion");
        var baseline = new NationalBaseline(
            r.String(root, "", "documentTitle"),
            terms,
            table!,
            PolicyPackJsonReader.Years(r, r.Cited(root, "", "equivalenceTermYears"), "equivalenceTermYears")!,
            conversion is { } c
                ? new TermConversion(r.String(c, "termConversion", "method"), r.String(c, "termConversion", "clause"), r.String(c, "termConversion", "note"))
                : null!,
            PolicyPackJsonReader.Share(r, r.Cited(root, "", "priorityIntensiveProjectShare"), "priorityIntensiveProjectShare"),
            idle is { } i
                ? new IdleLandRules(r.Cited(i, "idleLand", "idleAfterYears")!, r.Cited(i, "idleLand", "idleFeeShareOfLandPrice")!, r.Cited(i, "idleLand", "recoveryWithoutCompensationAfterYears")!)
                : null!,
            r.Cited(root, "", "latePaymentDailyRate")!);

        if (baseline.TermConversion is { Method: not "proportional-by-years" } other)
        {
            r.Problem($"termConversion.method '{other.Method}' is not supported (only proportional-by-years)");
        }

        PolicyPackJsonReader.ThrowIfProblems(source, r);
        return baseline;
    }

    private static NationalMinimumPriceTable ReadTable(JsonFieldReader r, System.Text.Json.JsonElement e)
    {
        const string path = "industrialMinimumPrice";
        var prices = new Dictionary<int, decimal>();
        if (r.Object(e, path, "grades") is { } grades)
        {
            for (var grade = NationalMinimumPriceTable.LowestGrade; grade <= NationalMinimumPriceTable.HighestGrade; grade++)
            {
                var price = r.Decimal(grades, $"{path}.grades", grade.ToString(CultureInfo.InvariantCulture));
                if (price <= 0m)
                {
                    r.Problem($"{path}.grades.{grade} must be > 0");
                }
                else if (prices.TryGetValue(grade - 1, out var dearer) && price > dearer)
                {
                    r.Problem($"{path}.grades.{grade} ({price}) is above grade {grade - 1} ({dearer})");
                }

                prices[grade] = price;
            }

            foreach (var extra in grades.EnumerateObject().Where(g => !int.TryParse(g.Name, CultureInfo.InvariantCulture, out var n) || !NationalMinimumPriceTable.IsKnownGrade(n)))
            {
                r.Problem($"{path}.grades.{extra.Name} is not a land grade 1–15");
            }
        }

        return new NationalMinimumPriceTable(r.String(e, path, "clause"), r.Date(e, path, "effectiveFrom"), prices);
    }
}
