namespace LandPlatform.Monitoring.Domain.Indicators;

/// <summary>
/// The areas an indicator is divided by, and why these: the whole parcel, or the area actually developed for a phased
/// project (Binhai art. 14). The note is printed beside every per-area line.
/// </summary>
public sealed record AreaBasis(decimal LandAreaM2, decimal? FloorAreaM2, string Note);
