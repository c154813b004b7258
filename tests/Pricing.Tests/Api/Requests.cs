namespace LandPlatform.Pricing.Tests.Api;

/// <summary>Request bodies as a clerk's client would send them (anonymous objects, camelCase on the wire).</summary>
public static class Requests
{
    /// <summary>Annex 3 of seed 002: 10000 m², benchmark 560 元/m², grade 5, the M0 maximum of 40 years.</summary>
    public static Dictionary<string, object?> BinhaiM0(decimal far = 1.5m, decimal share = 0.5m) => new()
    {
        ["policyPack"] = Packs.Binhai,
        ["valuationDate"] = "2024-05-01",
        ["landUse"] = "M0",
        ["landAreaM2"] = 10000m,
        ["floorAreaRatio"] = far,
        ["industrialBenchmarkPricePerM2"] = 560m,
        ["landGrade"] = 5,
        ["selfHeldShare"] = share,
        ["beijingRelocation"] = false,
        ["termYears"] = 40,
    };

    public static Dictionary<string, object?> With(this Dictionary<string, object?> body, string field, object? value)
    {
        ArgumentNullException.ThrowIfNull(body);
        body[field] = value;
        return body;
    }

    public static Dictionary<string, object?> Without(this Dictionary<string, object?> body, string field)
    {
        ArgumentNullException.ThrowIfNull(body);
        body.Remove(field);
        return body;
    }

    /// <summary>Xihu: 20000 m² = 30 亩, appraisal 240万/亩 → 360万/亩 × 30 = 1.08亿 (seed 003 art. 5).</summary>
    public static Dictionary<string, object?> Xihu() => new()
    {
        ["policyPack"] = Packs.Xihu,
        ["valuationDate"] = "2020-06-01",
        ["landAreaM2"] = 20000m,
        ["industrialAppraisalPerMu"] = 2_400_000m,
        ["landGrade"] = 1,
        ["termYears"] = 50,
    };
}
