using System.Text.RegularExpressions;
using LandPlatform.Admission.Domain.Packs;
using LandPlatform.Admission.Domain.Standards;
using LandPlatform.Admission.Domain.Units;

namespace LandPlatform.Admission.Domain.Evaluation;

/// <summary>
/// Bad input an application cannot be judged on, field by field: an unknown sector or catalog code, an indicator
/// the standard names left uncommitted, a unit the indicator is not measured in, negative values, a ratio over
/// 100%, a floor-area split that does not add up.
/// </summary>
public static partial class ApplicationValidation
{
    public static InputProblems Validate(AdmissionPack pack, StandardTerms standard, ApplicationContent a)
    {
        var problems = new InputProblems();
        if (!SectorCode().IsMatch(a.SectorCode))
        {
            problems.Add("sectorCode", "is not a GB/T 4754-2017 code (a section letter A–T, optionally followed by 2–4 digits, e.g. C39)");
        }

        var catalog = pack.Rules.Catalog;
        if (catalog.Industries.Count > 0 ? catalog.Find(a.IndustryCode) is null : !standard.Industries.Contains(a.IndustryCode))
        {
            var known = catalog.Industries.Count > 0 ? catalog.Industries.Select(i => i.Code) : standard.Industries;
            problems.Add("industryCode", $"'{a.IndustryCode}' is not in the catalog of {pack.Identity.Citation} ({string.Join(", ", known)})");
        }

        if (a.ProjectKind is not null && !ProjectKinds.IsKnown(a.ProjectKind))
        {
            problems.Add("projectKind", $"must be {ProjectKinds.NationalKeyHighTech} or {ProjectKinds.TechnologyTransfer} when given");
        }

        problems.NotNegative("totalInvestmentWanYuan", a.TotalInvestmentWanYuan);
        problems.NotNegative("fixedAssetInvestmentWanYuan", a.FixedAssetInvestmentWanYuan);
        if (a.FixedAssetInvestmentWanYuan > a.TotalInvestmentWanYuan)
        {
            problems.Add("fixedAssetInvestmentWanYuan", "cannot exceed the total investment");
        }

        problems.Percent("selfHeldSharePercent", a.SelfHeldSharePercent);
        Plan(problems, a.Plan);
        Commitments(problems, standard, a);
        for (var i = 0; i < a.Attachments.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(a.Attachments[i].Name))
            {
                problems.Add($"attachments[{i}].name", "is required");
            }

            if (!Sha256().IsMatch(a.Attachments[i].Sha256))
            {
                problems.Add($"attachments[{i}].sha256", "must be 64 hexadecimal characters (SHA-256)");
            }
        }

        return problems;
    }

    private static void Plan(InputProblems problems, BuildingPlan plan)
    {
        problems.NotNegative("plan.productionM2", plan.ProductionM2);
        problems.NotNegative("plan.rndM2", plan.RndM2);
        problems.NotNegative("plan.supportingM2", plan.SupportingM2);
        if (plan.TotalM2 <= 0)
        {
            problems.Add("plan.totalM2", "must be greater than 0");
        }
        else if (plan.ProductionM2 + plan.RndM2 + plan.SupportingM2 != plan.TotalM2)
        {
            problems.Add("plan.totalM2",
                $"production {plan.ProductionM2} + R&D {plan.RndM2} + supporting {plan.SupportingM2} = {plan.ProductionM2 + plan.RndM2 + plan.SupportingM2} m², not {plan.TotalM2} m²");
        }

        if (plan.SmallestRndUnitM2 is < 0)
        {
            problems.Add("plan.smallestRndUnitM2", "must not be negative");
        }

        if (plan.SmallestProductionUnitM2 is < 0)
        {
            problems.Add("plan.smallestProductionUnitM2", "must not be negative");
        }

        problems.Percent("plan.buildingDensityPercent", plan.BuildingDensityPercent);
        problems.Percent("plan.greenRatioPercent", plan.GreenRatioPercent);
        if (plan.GreenBuildingStars is < 0 or > 3)
        {
            problems.Add("plan.greenBuildingStars", "must be 0–3 (绿色建筑评价标识 一星至三星)");
        }
    }

    private static void Commitments(InputProblems problems, StandardTerms standard, ApplicationContent a)
    {
        problems.IndicatorValues("commitments", [.. a.Commitments.Select(c => (c.Code, c.Value, c.Unit))]);
        foreach (var t in standard.Indicators.Where(t => a.Commitment(t.Code) is null))
        {
            problems.Add("commitments", $"the standard requires a committed value for '{t.Code}' ({IndicatorDefinition.Find(t.Code)?.Name})");
        }
    }

    [GeneratedRegex("^[A-T]([0-9]{2}([0-9]{1,2})?)?$")]
    private static partial Regex SectorCode();

    [GeneratedRegex("^[0-9a-fA-F]{64}$")]
    private static partial Regex Sha256();
}
