using LandPlatform.Admission.Domain.Packs;

namespace LandPlatform.Admission.Domain.Standards;

/// <summary>
/// Drafting starts from the pack: every number the clerk leaves out is taken from the document, with the
/// document's clause and unit. An exclusive bound (Binhai art. 5 "小于4.0") cannot be a standard's own number,
/// so it is left to the pack and the plan is held to it directly.
/// </summary>
public static class StandardDefaults
{
    public static PlanningConditions Planning(PlanningRules pack, PlanningConditions given) => given with
    {
        FarMin = given.FarMin ?? Inclusive(pack.FloorAreaRatio, min: true),
        FarMax = given.FarMax ?? Inclusive(pack.FloorAreaRatio, min: false),
        BuildingDensityMinPercent = given.BuildingDensityMinPercent ?? Inclusive(pack.BuildingDensityPercent, min: true),
        GreenRatioMinPercent = given.GreenRatioMinPercent ?? Inclusive(pack.GreenRatioPercent, min: true),
        SupportingMaxPercent = given.SupportingMaxPercent ?? Inclusive(pack.SupportingSharePercent, min: false),
        RndUnitMinM2 = given.RndUnitMinM2 ?? Inclusive(pack.RndUnitMinM2, min: true),
        ProductionUnitMinM2 = given.ProductionUnitMinM2 ?? Inclusive(pack.ProductionUnitMinM2, min: true),
        GreenStarsNewBuilding = given.GreenStarsNewBuilding ?? pack.GreenBuilding?.NewBuildingStars,
        GreenStarsRenovation = given.GreenStarsRenovation ?? pack.GreenBuilding?.RenovationStars,
    };

    /// <summary>The pack's default thresholds the clerk did not set, each with the document's clause.</summary>
    public static IReadOnlyList<IndicatorThreshold> Indicators(AdmissionRules pack, IReadOnlyList<IndicatorThreshold>? given)
    {
        var set = (given ?? []).ToList();
        foreach (var d in pack.Indicators)
        {
            if (d.Value is { } value && set.All(t => t.Code != d.Code))
            {
                set.Add(new IndicatorThreshold(d.Code, value, d.Unit, d.Clause, d.Group));
            }
        }

        return set;
    }

    /// <summary>The pack's default term for a supply mode: its maximum, within the national one.</summary>
    public static int? TermYears(AdmissionRules pack, string supplyMode) =>
        pack.Terms.FirstOrDefault(t => t.SupplyMode == supplyMode) is { } rule ? Math.Min(rule.MaxYears, NationalTerm.IndustrialMaxYears) : null;

    private static decimal? Inclusive(Bound? bound, bool min) => bound switch
    {
        null => null,
        _ when min => bound.MinInclusive ? bound.Min : null,
        _ => bound.MaxInclusive ? bound.Max : null,
    };
}
