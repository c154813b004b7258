namespace LandPlatform.Admission.Domain.Standards;

/// <summary>
/// The planning conditions a parcel's standard sets. A null number is one the standard leaves to the pack: the
/// plan is then held to the pack's own bound. Park figures feed Binhai's M0 cap (art. 4: M0 ≤ 15% of a park's
/// industrial land); <see cref="ParkM0LandM2"/> is the M0 land the park already has, without this parcel.
/// </summary>
public sealed record PlanningConditions(
    decimal? FarMin = null,
    decimal? FarMax = null,
    decimal? BuildingDensityMinPercent = null,
    decimal? GreenRatioMinPercent = null,
    decimal? SupportingMaxPercent = null,
    decimal? RndUnitMinM2 = null,
    decimal? ProductionUnitMinM2 = null,
    int? GreenStarsNewBuilding = null,
    int? GreenStarsRenovation = null,
    decimal? ParkIndustrialLandM2 = null,
    decimal? ParkM0LandM2 = null);
