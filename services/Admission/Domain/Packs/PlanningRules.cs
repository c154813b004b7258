namespace LandPlatform.Admission.Domain.Packs;

/// <summary>
/// The planning limits a pack puts on a parcel's standard (and through it on the building plan). A null bound
/// means the document sets none and the standard's own number stands alone.
/// </summary>
public sealed record PlanningRules(
    Bound? FloorAreaRatio = null,
    Bound? BuildingDensityPercent = null,
    Bound? GreenRatioPercent = null,
    Bound? SupportingSharePercent = null,
    Bound? RndUnitMinM2 = null,
    Bound? ProductionUnitMinM2 = null,
    Bound? M0ShareOfParkPercent = null,
    GreenBuildingRule? GreenBuilding = null);

/// <summary>Stars of the green-building label a new building and a renovation must reach (Shijingshan 三（二）).</summary>
public sealed record GreenBuildingRule(int NewBuildingStars, int RenovationStars, string Clause);
