namespace LandPlatform.IntegrationContracts.Events;

/// <summary>
/// A fact one bureau publishes for the others. <see cref="EventId"/> doubles as the bus MessageId, so a
/// redelivered event is recognised by consumers (inbox) and a re-enqueued one by the outbox.
/// </summary>
/// <remarks>
/// MassTransit names exchanges after the CLR type ("LandPlatform.IntegrationContracts.Events:ContractSigned"):
/// renaming a record or moving it out of this namespace silently splits publishers from consumers, which is why
/// <see cref="IntegrationEventCatalog"/> and a test pin the set of names.
/// </remarks>
public abstract record IntegrationEvent
{
    /// <summary>Version 7 so ids sort by creation time, which keeps the outbox's unique index append-only.</summary>
    public Guid EventId { get; init; } = Guid.CreateVersion7();

    public DateTimeOffset OccurredAt { get; init; } = DateTimeOffset.UtcNow;
}
