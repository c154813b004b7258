using LandPlatform.Credit.Domain;

namespace LandPlatform.Credit.Api;

public sealed record ActorResponse(string Id, string Name)
{
    public static ActorResponse? From(Actor? actor) => actor is null ? null : new(actor.Id, actor.Name);
}

public sealed record DocumentResponse(string Type, string Number, DateOnly Date)
{
    public static DocumentResponse From(LegalDocument d) => new(d.Type, d.Number, d.Date);
}

public sealed record EvidenceResponse(string Id, string Title)
{
    public static IReadOnlyList<EvidenceResponse> From(IEnumerable<EvidenceReference> evidence) =>
        evidence.Select(e => new EvidenceResponse(e.Id, e.Title)).ToList();
}

public sealed record SourceResponse(string Kind, ActorResponse? DecidedBy, string? EventType, string? EventId, string? EventKey)
{
    public static SourceResponse From(ListingSource s) =>
        new(s.Kind.ToString(), ActorResponse.From(s.DecidedBy), s.EventType?.ToString(), s.EventId, s.EventKey);
}

public sealed record ObjectionResponse(
    string Grounds, IReadOnlyList<EvidenceResponse> Evidence, ActorResponse FiledBy, DateTimeOffset FiledAt,
    string Outcome, string? ReviewReasons, ActorResponse? ReviewedBy, DateTimeOffset? ReviewedAt)
{
    public static ObjectionResponse? From(Objection? o) => o is null
        ? null
        : new(o.Grounds, EvidenceResponse.From(o.Evidence), ActorResponse.From(o.FiledBy)!, o.FiledAt,
            o.Outcome.ToString(), o.ReviewReasons, ActorResponse.From(o.ReviewedBy), o.ReviewedAt);
}

public sealed record DelistingResponse(string Kind, string Reasons, ActorResponse DecidedBy, DateTimeOffset At)
{
    public static DelistingResponse? From(DelistingDecision? d) =>
        d is null ? null : new(d.Kind.ToString(), d.Reasons, ActorResponse.From(d.DecidedBy)!, d.At);
}

public sealed record HistoryEntryResponse(int Sequence, string Step, string? From, string To, ActorResponse By, DateTimeOffset At, string What)
{
    public static HistoryEntryResponse Of(ListingHistoryEntry h) =>
        new(h.Sequence, h.Step.ToString(), h.From?.ToString(), h.To.ToString(), ActorResponse.From(h.By)!, h.At, h.What);
}

/// <summary>A listing as the credit office and the enterprise itself see it: everything, history included.</summary>
public sealed record ListingResponse(
    Guid Id,
    string Uscc,
    string EnterpriseName,
    string Reason,
    string Status,
    bool BarsLand,
    DocumentResponse Document,
    string LegalBasis,
    IReadOnlyList<EvidenceResponse> Evidence,
    SourceResponse Source,
    string PolicyPackId,
    int PolicyPackVersion,
    DateTimeOffset NoticedAt,
    DateOnly LastDayToObject,
    DateTimeOffset ObjectionPeriodEndsAt,
    int ObjectionPeriodDays,
    int ListingPeriodYears,
    ObjectionResponse? Objection,
    DateTimeOffset? EffectiveFrom,
    DateTimeOffset? PeriodEndsAt,
    DateOnly? LastDayListed,
    DelistingResponse? Delisting,
    IReadOnlyList<HistoryEntryResponse> History)
{
    /// <param name="now">The service's clock: <see cref="BarsLand"/> is false once the listing period has ended.</param>
    public static ListingResponse From(Listing l, DateTimeOffset now) => new(
        l.Id,
        l.Uscc,
        l.EnterpriseName,
        l.Reason.ToString(),
        l.Status.ToString(),
        l.BarsLandAt(now),
        DocumentResponse.From(l.Document),
        l.LegalBasis,
        EvidenceResponse.From(l.Evidence),
        SourceResponse.From(l.Source),
        l.PolicyPackId,
        l.PolicyPackVersion,
        l.NoticedAt,
        l.LastDayToObject,
        l.ObjectionPeriodEndsAt,
        l.ObjectionPeriod.CalendarDays,
        l.ListingPeriod.Years,
        ObjectionResponse.From(l.Objection),
        l.EffectiveFrom,
        l.PeriodEndsAt,
        l.LastDayListed,
        DelistingResponse.From(l.Delisting),
        l.History.OrderBy(h => h.Sequence).Select(HistoryEntryResponse.Of).ToList());
}
