namespace LandPlatform.Web.Api;

// What the portal reads of each service's messaging operations (services/BuildingBlocks/Messaging/Operations).

/// <summary>An unsent outbox row (the body is not shown to operators: it carries bureau data).</summary>
public sealed record OutboxEntry(
    long Id, Guid MessageId, string MessageType, int Attempts, string? LastError, DateTimeOffset OccurredAt, DateTimeOffset? NextAttemptAt,
    DateTimeOffset? ParkedAt, DateTimeOffset? SentAt);

public sealed record OutboxPage(IReadOnlyList<OutboxEntry> Items, int Page, int PageSize, int Total);

public sealed record OutboxRelease(OutboxEntry Row, OutboxEntry WasParked);

/// <summary>One of a service's queues and its error queue; <see cref="Exists"/> false means nothing ever failed there.</summary>
public sealed record ErrorQueueInfo(string Queue, string ErrorQueue, bool Exists, uint Messages);

public sealed record ErrorQueueReplay(string Queue, string ErrorQueue, int Requested, int Moved, uint? Remaining, string? StoppedBecause);
