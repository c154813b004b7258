namespace LandPlatform.Credit.Domain;

/// <summary>
/// Where a listing came from (RULES.md §5: "source event or decision"): a person's decision, or the
/// event of another bureau that triggered it. Flat (kind + nullable fields) so it maps as one owned type.
/// </summary>
public sealed record ListingSource
{
    private ListingSource()
    {
    }

    private ListingSource(ListingSourceKind kind, Actor? decidedBy, TriggeringEventType? eventType, string? eventId)
    {
        Kind = kind;
        DecidedBy = decidedBy;
        EventType = eventType;
        EventId = eventId;
    }

    public ListingSourceKind Kind { get; private init; }

    /// <summary>Who decided, when <see cref="Kind"/> is <see cref="ListingSourceKind.Decision"/>.</summary>
    public Actor? DecidedBy { get; private init; }

    public TriggeringEventType? EventType { get; private init; }

    public string? EventId { get; private init; }

    /// <summary>
    /// The key that makes an event open at most one notice: the store keeps a unique index on it
    /// (<see cref="Listing.SourceEventKey"/>), so a redelivered message finds the notice already there.
    /// </summary>
    public string? EventKey => Kind == ListingSourceKind.TriggeringEvent ? KeyFor(EventType!.Value, EventId!) : null;

    public static ListingSource Decision(Actor decidedBy)
    {
        ArgumentNullException.ThrowIfNull(decidedBy);
        return new ListingSource(ListingSourceKind.Decision, decidedBy, null, null);
    }

    public static ListingSource Event(TriggeringEventType type, string eventId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(eventId);
        return new ListingSource(ListingSourceKind.TriggeringEvent, null, type, eventId.Trim());
    }

    /// <summary>The idempotency key of an event: look it up before opening a notice from that event.</summary>
    public static string KeyFor(TriggeringEventType type, string eventId) => $"{type}:{eventId.Trim()}";
}
