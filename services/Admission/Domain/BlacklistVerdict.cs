namespace LandPlatform.Admission.Domain;

/// <summary>What the credit office answered about an enterprise at the moment of submission.</summary>
public sealed record BlacklistVerdict(bool Blacklisted, IReadOnlyList<BlacklistVerdict.ListingCitation> Listings)
{
    public sealed record ListingCitation(string ListingId, string Reason, DateTimeOffset ListedAt);

    public string Explanation => Blacklisted
        ? "The enterprise is on the credit blacklist: " + string.Join("; ", Listings.Select(l =>
            $"{l.Reason} (listing {l.ListingId}, listed {l.ListedAt:yyyy-MM-dd})"))
        : "The enterprise is not on the credit blacklist.";
}
