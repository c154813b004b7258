namespace LandPlatform.Admission.Domain;

/// <summary>What the credit office answered about an enterprise at the moment of submission.</summary>
public sealed record BlacklistVerdict(bool Blacklisted, IReadOnlyList<BlacklistVerdict.ListingCitation> Listings)
{
    /// <param name="Document">The legally effective document the listing rests on (type and number), when credit gave it.</param>
    public sealed record ListingCitation(string ListingId, string Reason, DateTimeOffset ListedAt, string? Document = null);

    public string Explanation => Blacklisted
        ? "The enterprise is on the credit blacklist: " + string.Join("; ", Listings.Select(l =>
            $"{l.Reason}{(l.Document is null ? "" : $", {l.Document}")} (listing {l.ListingId}, listed {l.ListedAt:yyyy-MM-dd})"))
        : "The enterprise is not on the credit blacklist.";
}
