namespace LandPlatform.Admission.Domain.Standards;

/// <summary>
/// What a parcel's admission standard (地块准入标准 / 创新型产业用地投资建设标准) says: the parcel, its planning
/// conditions, the industries admitted (catalog codes; empty = the pack's whole catalog), the indicator minima,
/// the term and how the parcel is supplied and bid for. <see cref="LeaseYears"/> only for lease-then-transfer.
/// </summary>
public sealed record StandardTerms(
    string PackId,
    string ParcelCode,
    string Location,
    decimal LandAreaM2,
    string LandUse,
    PlanningConditions Planning,
    IReadOnlyList<string> Industries,
    IReadOnlyList<IndicatorThreshold> Indicators,
    int TermYears,
    string SupplyMode,
    string BiddingMode,
    int? LeaseYears = null)
{
    public IndicatorThreshold? Threshold(string code) => Indicators.FirstOrDefault(i => i.Code == code);
}
