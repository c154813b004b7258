using LandPlatform.Credit.Domain;

namespace LandPlatform.Credit.Api;

/// <summary>
/// A relation in the file. The legal representative's ID number is personal data (NaturalPerson):
/// only its last four characters are shown, enough for a clerk to tell two people apart.
/// </summary>
public sealed record RelatedSubjectResponse(
    Guid Id, string Kind, string? PersonName, string? PersonIdNumberMasked, string? CompanyUscc,
    bool IsCurrent, ActorResponse RecordedBy, DateTimeOffset RecordedAt, DateTimeOffset? EndedAt)
{
    public static RelatedSubjectResponse From(RelatedSubject r) => new(
        r.Id, r.Kind.ToString(), r.Person?.Name, r.Person is { } p ? Mask(p.IdNumber) : null, r.CompanyUscc,
        r.IsCurrent, ActorResponse.From(r.RecordedBy)!, r.RecordedAt, r.EndedAt);

    private static string Mask(string idNumber) =>
        idNumber.Length <= 4 ? new string('*', idNumber.Length) : new string('*', idNumber.Length - 4) + idNumber[^4..];
}

public sealed record EnterpriseFileResponse(string Uscc, string Name, DateTimeOffset OpenedAt, IReadOnlyList<RelatedSubjectResponse> RelatedSubjects)
{
    public static EnterpriseFileResponse From(Enterprise e) =>
        new(e.Uscc, e.Name, e.OpenedAt, e.RelatedSubjects.Select(RelatedSubjectResponse.From).ToList());
}

public sealed record ListingSummaryResponse(
    Guid ListingId, string Uscc, string EnterpriseName, string Reason, string Status, DocumentResponse Document,
    DateTimeOffset NoticedAt, DateOnly LastDayToObject, DateTimeOffset? EffectiveFrom, DateTimeOffset? PeriodEndsAt)
{
    public static ListingSummaryResponse From(ListingSummary s) => new(
        s.ListingId, s.Uscc, s.EnterpriseName, s.Reason.ToString(), s.Status.ToString(), DocumentResponse.From(s.Document),
        s.NoticedAt, s.LastDayToObject, s.EffectiveFrom, s.PeriodEndsAt);
}

public sealed record RelatedSubjectHitResponse(string RelatedUscc, string Relation, ListingSummaryResponse Listing)
{
    public static RelatedSubjectHitResponse From(RelatedSubjectHit h) => new(h.RelatedUscc, h.Relation.ToString(), ListingSummaryResponse.From(h.Listing));
}

/// <summary>GET /enterprises/{uscc}: the standing (as Check answers it), the file, and every listing ever recorded.</summary>
public sealed record CreditStatusResponse(
    string Uscc,
    string Status,
    bool Blacklisted,
    IReadOnlyList<ListingSummaryResponse> EffectiveListings,
    IReadOnlyList<ListingSummaryResponse> PendingNotices,
    IReadOnlyList<RelatedSubjectHitResponse> RelatedSubjectHits,
    EnterpriseFileResponse? File,
    IReadOnlyList<ListingResponse> Listings);
