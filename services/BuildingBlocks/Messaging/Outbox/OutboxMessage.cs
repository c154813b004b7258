namespace LandPlatform.Messaging.Outbox;

/// <summary>An integration event waiting to be published, saved in the same transaction as the state change.</summary>
public sealed class OutboxMessage
{
    /// <summary>Database-assigned and increasing, so dispatch follows commit order.</summary>
    public long Id { get; set; }

    /// <summary>The event's id; becomes the bus MessageId so consumers can detect redelivery.</summary>
    public Guid MessageId { get; set; }

    /// <summary>Stable name from <c>IntegrationEventCatalog</c>, never a CLR assembly-qualified name.</summary>
    public required string MessageType { get; set; }

    public required string Body { get; set; }

    public DateTimeOffset OccurredAt { get; set; }

    /// <summary>W3C traceparent of the request that enqueued the event, so the publish joins its trace.</summary>
    public string? TraceParent { get; set; }

    public string? TraceState { get; set; }

    /// <summary>Failures caused by the message itself; broker outages do not count (see the dispatcher).</summary>
    public int Attempts { get; set; }

    public string? LastError { get; set; }

    public DateTimeOffset? NextAttemptAt { get; set; }

    public DateTimeOffset? SentAt { get; set; }

    /// <summary>Set when the row gave up after too many attempts; an operator may clear it to replay.</summary>
    public DateTimeOffset? ParkedAt { get; set; }
}
