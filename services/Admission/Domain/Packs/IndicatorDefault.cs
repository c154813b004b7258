namespace LandPlatform.Admission.Domain.Packs;

/// <summary>
/// An indicator a pack's standards name by default, with the document's number when it gives one (null: the
/// document names the indicator but leaves the number to the parcel's standard, so the clerk must set it).
/// Indicators sharing a <see cref="Group"/> are alternatives: one of them passing passes the group
/// (Shijingshan 三（三）: revenue per floor area 或 fiscal contribution per floor area). <see cref="IsFloor"/>: the
/// document's number is a floor no parcel standard may go below (Shijingshan's 须满足, Hangzhou's city-wide 不低于);
/// otherwise it is a reference the standard may depart from (Binhai art. 13 points to annex 2's cases).
/// </summary>
public sealed record IndicatorDefault(
    string Code,
    decimal? Value,
    string Unit,
    string Clause,
    string? Group = null,
    string? Note = null,
    bool IsFloor = false);
