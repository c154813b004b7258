using LandPlatform.IntegrationContracts.Enterprises;

namespace LandPlatform.Credit.Domain;

/// <summary>
/// The answer to "may this enterprise get land?" (issue 4, gRPC Check): its own standing, its effective
/// listings and pending notices, and effective listings of related subjects (same legal representative,
/// companies it controls, companies controlling it). A pure function of the files and listings given:
/// the service loads, by index, the enterprise's file, the files related to it and their listings.
/// </summary>
public sealed record CreditStatus(
    string Uscc,
    CreditStanding Standing,
    IReadOnlyList<ListingSummary> EffectiveListings,
    IReadOnlyList<ListingSummary> PendingNotices,
    IReadOnlyList<RelatedSubjectHit> RelatedSubjectHits)
{
    /// <param name="code">The enterprise checked.</param>
    /// <param name="file">Its credit file, or null if it has none (then it has no recorded relations).</param>
    /// <param name="otherFiles">Candidate related files (may include unrelated ones and the file itself: they are filtered).</param>
    /// <param name="listings">Listings of the enterprise and of the candidates (others are ignored).</param>
    /// <param name="now">The service's clock: a listing whose period has ended no longer bars land (<see cref="Listing.BarsLandAt"/>).</param>
    public static CreditStatus Of(
        UnifiedSocialCreditCode code, Enterprise? file, IEnumerable<Enterprise> otherFiles, IEnumerable<Listing> listings, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(otherFiles);
        ArgumentNullException.ThrowIfNull(listings);
        var uscc = code.Value;
        var all = listings.ToList();
        var own = all.Where(l => l.Uscc == uscc).OrderBy(l => l.NoticedAt).ToList();
        var effective = own.Where(l => l.BarsLandAt(now)).Select(ListingSummary.Of).ToList();
        var pending = own.Where(l => l.Status == ListingStatus.Noticed).Select(ListingSummary.Of).ToList();
        var standing = effective.Count > 0 ? CreditStanding.Listed
            : pending.Count > 0 ? CreditStanding.Noticed
            : CreditStanding.Clear;

        var relations = RelationsOf(uscc, file, otherFiles);
        var hits = all
            .Where(l => l.Uscc != uscc && l.BarsLandAt(now))
            .SelectMany(l => relations.Where(r => r.Uscc == l.Uscc).Select(r => new RelatedSubjectHit(l.Uscc, r.Relation, ListingSummary.Of(l))))
            .OrderBy(h => h.RelatedUscc, StringComparer.Ordinal)
            .ThenBy(h => h.Relation)
            .ThenBy(h => h.Listing.NoticedAt)
            .ToList();

        return new CreditStatus(uscc, standing, effective, pending, hits);
    }

    private static List<(string Uscc, SubjectRelation Relation)> RelationsOf(string uscc, Enterprise? file, IEnumerable<Enterprise> otherFiles)
    {
        var relations = new List<(string Uscc, SubjectRelation Relation)>();
        var others = otherFiles.Where(f => f.Uscc != uscc).DistinctBy(f => f.Uscc).ToList();
        if (file is not null)
        {
            relations.AddRange(file.ControlledCompanies.Where(c => c != uscc).Select(c => (c, SubjectRelation.ControlledByTheEnterprise)));
            if (file.LegalRepresentative is { } person)
            {
                relations.AddRange(others
                    .Where(o => o.LegalRepresentative is { } p && p.IsSamePersonAs(person))
                    .Select(o => (o.Uscc, SubjectRelation.SameLegalRepresentative)));
            }
        }

        relations.AddRange(others.Where(o => o.ControlledCompanies.Contains(uscc)).Select(o => (o.Uscc, SubjectRelation.ControlsTheEnterprise)));
        return relations.Distinct().ToList();
    }
}
