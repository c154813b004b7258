using LandPlatform.SeedWork;

namespace LandPlatform.Credit.Domain;

/// <summary>
/// What the public may see of an effective listing (信息公开: reason, document, dates; RULES.md §5):
/// nothing else. No evidence, no objection, no actors, no legal representative — personal data and
/// evidence contents are not meant for the public (国办发〔2020〕49号 三、公共信用信息公开不得侵犯商业秘密和个人隐私).
/// </summary>
public sealed record PublicListing(
    string EnterpriseName,
    string Uscc,
    ListingReason Reason,
    string DocumentType,
    string DocumentNumber,
    DateOnly DocumentDate,
    DateOnly Start,
    DateOnly End)
{
    // End is the last day of the listing period, inclusive (as LastDayToObject is), not PeriodEndsAt's date.

    /// <summary>The public view of the listings given: only those in force at <paramref name="now"/> (<see cref="Listing.BarsLandAt"/>), newest first.</summary>
    public static IReadOnlyList<PublicListing> Of(IEnumerable<Listing> listings, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(listings);
        return listings
            .Where(l => l.BarsLandAt(now))
            .OrderByDescending(l => l.EffectiveFrom)
            .Select(l => From(l, now))
            .ToList();
    }

    /// <exception cref="SeedWork.BusinessRuleBrokenException">The listing is not effective, or its listing period has ended.</exception>
    public static PublicListing From(Listing listing, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(listing);
        SeedWork.BusinessRules.Check(new OnlyAnEffectiveListingIsDisclosed(listing.Status, listing.BarsLandAt(now), listing.PeriodEndsAt));
        return new PublicListing(
            listing.EnterpriseName,
            listing.Uscc,
            listing.Reason,
            listing.Document.Type,
            listing.Document.Number,
            listing.Document.Date,
            ChinaTime.DateOf(listing.EffectiveFrom!.Value),
            listing.LastDayListed!.Value);
    }
}
