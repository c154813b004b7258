namespace LandPlatform.CreditChecks;

/// <summary>What the credit office answered about an enterprise at the moment of submission.</summary>
/// <param name="Blacklisted">The enterprise itself has an effective listing.</param>
/// <param name="Listings">Its effective listings.</param>
/// <param name="RelatedHits">Effective listings of subjects related to it (same legal representative, controlling or controlled companies).</param>
public sealed record BlacklistVerdict(
    bool Blacklisted,
    IReadOnlyList<BlacklistVerdict.ListingCitation> Listings,
    IReadOnlyList<BlacklistVerdict.RelatedHit>? RelatedHits = null)
{
    /// <param name="Document">The legally effective document the listing rests on (type and number), when credit gave it.</param>
    public sealed record ListingCitation(string ListingId, string Reason, DateTimeOffset ListedAt, string? Document = null);

    /// <param name="Relation">How the listed subject is related, e.g. "same legal representative".</param>
    public sealed record RelatedHit(string RelatedUscc, string Relation, ListingCitation Listing);

    /// <summary>
    /// Whether land is refused. A listed enterprise is refused (Shijingshan 五(二); Hangzhou art. 13); so is
    /// one related to a listed subject, so that a barred company cannot apply through a new company with
    /// the same controller (issue 4, 一主体一档案 with related subjects, 国办发〔2020〕49号). The seeds do not
    /// say this in so many words; a careful bureau refuses and lets the enterprise object with credit.
    /// </summary>
    public bool Barred => Blacklisted || (RelatedHits?.Count ?? 0) > 0;

    public string Explanation
    {
        get
        {
            if (!Barred)
            {
                return "The enterprise is not on the credit blacklist.";
            }

            var parts = new List<string>();
            if (Blacklisted)
            {
                parts.Add("The enterprise is on the credit blacklist: " + string.Join("; ", Listings.Select(Cite)));
            }

            foreach (var hit in RelatedHits ?? [])
            {
                parts.Add($"A related subject ({hit.Relation}, {hit.RelatedUscc}) is on the credit blacklist: {Cite(hit.Listing)}");
            }

            return string.Join(". ", parts);
        }
    }

    private static string Cite(ListingCitation l) =>
        $"{l.Reason}{(l.Document is null ? "" : $", {l.Document}")} (listing {l.ListingId}, listed {l.ListedAt:yyyy-MM-dd})";
}
