using LandPlatform.Messaging.Outbox;
using LandPlatform.Messaging.Tests.Support;
using LandPlatform.Testing;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace LandPlatform.Messaging.Tests;

/// <summary>
/// The dispatcher overlaps the broker confirmations of a batch and commits the batch's outcomes once (issue 15);
/// events still leave in commit order, each exactly once.
/// </summary>
[Collection(RabbitMqCollection.Name)]
public sealed class OutboxBatchTests(RabbitMqNode node)
{
    [Fact]
    public async Task EventsCommittedTogetherArriveOnceEachInCommitOrder()
    {
        // A window smaller than the batch, and a batch smaller than the backlog: every boundary is crossed.
        await using var admission = await ServiceHost.StartAsync(node, outbox: o =>
        {
            o.PollInterval = TimeSpan.FromMinutes(5);
            o.BatchSize = 25;
            o.PublishesInFlight = 4;
        });
        // One delivery at a time, so the order the effects are stored in is the order the broker delivered.
        await using var credit = await ServiceHost.StartAsync(node, c =>
        {
            c.AddConsumer<RecordSubmissionConsumer>();
            c.AddConfigureEndpointsCallback((_, endpoint) =>
            {
                endpoint.ConcurrentMessageLimit = 1;
                if (endpoint is IRabbitMqReceiveEndpointConfigurator rabbit)
                {
                    rabbit.PrefetchCount = 1;
                }
            });
        });
        var committed = Enumerable.Range(0, 60).Select(_ => Guid.CreateVersion7()).ToList();

        await admission.WithDbAsync(async db =>
        {
            // One commit each, so commit order is unambiguous (and the dispatcher meets them across passes).
            foreach (var applicationId in committed)
            {
                db.Applications.Add(new LandApplication { Id = applicationId, Uscc = "91330100MA2XXXXX1A" });
                db.AddIntegrationEvent(Events.Submitted(applicationId));
                await db.SaveChangesAsync();
            }
        });

        await Eventually.HoldsAsync(
            () => credit.WithDbAsync(async db => await db.AppliedEvents.CountAsync() == committed.Count),
            "every event was applied");
        var applied = await credit.WithDbAsync(db => db.AppliedEvents.OrderBy(e => e.Id).Select(e => e.ApplicationId).ToListAsync());
        Assert.Equal(committed, applied);
        Assert.All(committed, id => Assert.Equal(1, credit.Calls.For(id)));
        Assert.Equal(0, await admission.WithDbAsync(db => db.Set<OutboxMessage>().CountAsync(m => m.SentAt == null)));
    }
}
