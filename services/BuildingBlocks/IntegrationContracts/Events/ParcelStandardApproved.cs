namespace LandPlatform.IntegrationContracts.Events;

/// <summary>
/// Admission: the district government approved a version of a parcel's admission standard (投资建设标准); from now
/// on applications for the parcel are judged by it. A later version supersedes it (<see cref="SupersededVersion"/>).
/// </summary>
public sealed record ParcelStandardApproved(
    Guid StandardId,
    int Version,
    string ParcelCode,
    string PolicyPackId,
    string LandUse,
    decimal LandAreaM2,
    string SupplyMode,
    int TermYears,
    DateOnly ApprovedOn) : IntegrationEvent
{
    public int? PolicyPackVersion { get; init; }

    public string? Location { get; init; }

    public decimal? FloorAreaRatioMin { get; init; }

    public decimal? FloorAreaRatioMax { get; init; }

    public string? BiddingMode { get; init; }

    public int? SupersededVersion { get; init; }
}
