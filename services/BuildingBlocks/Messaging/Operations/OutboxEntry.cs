using LandPlatform.Messaging.Outbox;

namespace LandPlatform.Messaging.Operations;

/// <summary>
/// An unsent outbox row as operators see it. The body is left out on purpose: it carries bureau data
/// (enterprise names, prices) that the operations permissions do not cover.
/// </summary>
public sealed record OutboxEntry(
    long Id,
    Guid MessageId,
    string MessageType,
    int Attempts,
    string? LastError,
    DateTimeOffset OccurredAt,
    DateTimeOffset? NextAttemptAt,
    DateTimeOffset? ParkedAt,
    DateTimeOffset? SentAt)
{
    public static OutboxEntry From(OutboxMessage row) => new(
        row.Id, row.MessageId, row.MessageType, row.Attempts, row.LastError, row.OccurredAt, row.NextAttemptAt, row.ParkedAt,
        row.SentAt);
}

public sealed record OutboxPage(IReadOnlyList<OutboxEntry> Items, int Page, int PageSize, int Total);

/// <summary>A released row: its state now, and what it looked like when it was parked (the failure history).</summary>
public sealed record OutboxRelease(OutboxEntry Row, OutboxEntry WasParked);
