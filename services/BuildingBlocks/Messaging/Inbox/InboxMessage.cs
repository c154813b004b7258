namespace LandPlatform.Messaging.Inbox;

/// <summary>Records that a consumer has applied a message, keyed by (MessageId, Consumer).</summary>
public sealed class InboxMessage
{
    public Guid MessageId { get; set; }

    /// <summary>The consumer's name: one message may legitimately be handled by several consumers of a service.</summary>
    public required string Consumer { get; set; }

    public DateTimeOffset ProcessedAt { get; set; }
}
