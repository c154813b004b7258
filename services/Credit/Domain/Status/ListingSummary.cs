namespace LandPlatform.Credit.Domain;

/// <summary>A listing as other bureaus see it in a Check: reason, document and dates; no evidence, no personal data.</summary>
public sealed record ListingSummary(
    Guid ListingId,
    string Uscc,
    string EnterpriseName,
    ListingReason Reason,
    ListingStatus Status,
    LegalDocument Document,
    DateTimeOffset NoticedAt,
    DateOnly LastDayToObject,
    DateTimeOffset? EffectiveFrom,
    DateTimeOffset? PeriodEndsAt)
{
    public static ListingSummary Of(Listing listing)
    {
        ArgumentNullException.ThrowIfNull(listing);
        return new(
            listing.Id,
            listing.Uscc,
            listing.EnterpriseName,
            listing.Reason,
            listing.Status,
            listing.Document,
            listing.NoticedAt,
            listing.LastDayToObject,
            listing.EffectiveFrom,
            listing.PeriodEndsAt);
    }
}
