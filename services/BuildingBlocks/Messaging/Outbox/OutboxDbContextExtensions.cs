using System.Diagnostics;
using System.Text.Json;
using LandPlatform.IntegrationContracts.Events;
using Microsoft.EntityFrameworkCore;

namespace LandPlatform.Messaging.Outbox;

public static class OutboxDbContextExtensions
{
    /// <summary>
    /// Queues <paramref name="integrationEvent"/> in the outbox. Nothing is sent here: the row is written by the
    /// caller's SaveChanges, in the caller's transaction, so the event exists exactly when the state change does.
    /// </summary>
    public static OutboxMessage AddIntegrationEvent(this DbContext db, IntegrationEvent integrationEvent)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(integrationEvent);

        var type = integrationEvent.GetType();
        var activity = Activity.Current;
        var row = new OutboxMessage
        {
            MessageId = integrationEvent.EventId,
            MessageType = IntegrationEventCatalog.NameOf(type),
            Body = JsonSerializer.Serialize(integrationEvent, type, OutboxJson.Options),
            OccurredAt = integrationEvent.OccurredAt,
            // Only W3C ids can be re-parented later; hierarchical ids would start a new trace anyway.
            TraceParent = activity?.IdFormat == ActivityIdFormat.W3C ? activity.Id : null,
            TraceState = activity?.TraceStateString,
        };
        db.Set<OutboxMessage>().Add(row);
        return row;
    }
}
