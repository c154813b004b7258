using LandPlatform.Messaging.Outbox;
using LandPlatform.Messaging.Tests.Support;
using LandPlatform.Testing;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LandPlatform.Messaging.Tests;

/// <summary>
/// The dispatcher overlaps the broker confirmations of a batch, commits the batch's outcomes once and publishes the
/// next batch while that commit runs (issue 15); events still leave in commit order, each exactly once.
/// </summary>
[Collection(RabbitMqCollection.Name)]
public sealed class OutboxBatchTests(RabbitMqNode node)
{
    [Fact]
    public async Task EventsCommittedTogetherArriveOnceEachInCommitOrder()
    {
        // A window smaller than the batch, and a batch smaller than the backlog: every boundary is crossed.
        await using var admission = await StartPublisherAsync(o =>
        {
            o.BatchSize = 25;
            o.PublishesInFlight = 4;
        });
        await using var credit = await StartConsumerInDeliveryOrderAsync();
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

    [Fact]
    public async Task TheNextBatchIsPublishedWhileThePreviousBatchsCommitWaitsAndNoRowGoesTwice()
    {
        await using var admission = await StartPublisherAsync(o =>
        {
            o.BatchSize = 10;
            o.MaxAttempts = 2;
        });
        await using var credit = await StartConsumerInDeliveryOrderAsync();
        // 29 events and, fifth in the first batch, a row no build can publish (its type is unknown).
        var committed = Enumerable.Range(0, 29).Select(_ => Guid.CreateVersion7()).ToList();

        // Another writer holds admission's SQLite file, so the dispatcher's commits wait at the gate. The rows are
        // written past the gate (a context without the platform's interceptors) and the dispatcher is woken by hand.
        var file = await admission.WithDbAsync(db => Task.FromResult(db.Database.GetConnectionString()!));
        var held = await admission.WithDbAsync(db => SqliteWriteGate.EnterAsync(db, CancellationToken.None).AsTask());
        try
        {
            await using (var writer = new TestDb(new DbContextOptionsBuilder<TestDb>().UseSqlite(file).Options))
            {
                foreach (var (applicationId, index) in committed.Select((id, i) => (id, i)))
                {
                    if (index == 4)
                    {
                        writer.Set<OutboxMessage>().Add(new OutboxMessage
                        {
                            MessageId = Guid.NewGuid(), MessageType = "NoSuchEvent", Body = "{}", OccurredAt = DateTimeOffset.UtcNow,
                        });
                    }

                    writer.Applications.Add(new LandApplication { Id = applicationId, Uscc = "91330100MA2XXXXX1A" });
                    writer.AddIntegrationEvent(Events.Submitted(applicationId));
                }

                await writer.SaveChangesAsync();
            }

            admission.Host.Services.GetRequiredService<OutboxSignal>().Pulse();

            // The first batch's commit waits; the second batch goes out meanwhile, without the first batch's rows
            // (still unsent in the table) again, the failed one included. The third waits for the first commit.
            await Eventually.HoldsAsync(
                () => credit.WithDbAsync(async db => await db.AppliedEvents.CountAsync() == 19),
                "the second batch was applied while the first batch's commit waited");
            var applied = await credit.WithDbAsync(db => db.AppliedEvents.OrderBy(e => e.Id).Select(e => e.ApplicationId).ToListAsync());
            Assert.Equal(committed.Take(19), applied);
            Assert.Equal(0, await admission.WithDbAsync(db => db.Set<OutboxMessage>().CountAsync(m => m.SentAt != null)));
        }
        finally
        {
            held.Dispose();
        }

        await Eventually.HoldsAsync(
            () => admission.WithDbAsync(async db => await db.Set<OutboxMessage>().CountAsync(m => m.SentAt == null && m.ParkedAt == null) == 0),
            "every row is marked sent, or parked, once the file is free");
        var failed = await admission.WithDbAsync(db => db.Set<OutboxMessage>().SingleAsync(m => m.MessageType == "NoSuchEvent"));
        Assert.Equal(2, failed.Attempts);
        Assert.NotNull(failed.ParkedAt);
        await Eventually.HoldsAsync(
            () => credit.WithDbAsync(async db => await db.AppliedEvents.CountAsync() == committed.Count),
            "every event was applied");
        Assert.Equal(committed, await credit.WithDbAsync(db => db.AppliedEvents.OrderBy(e => e.Id).Select(e => e.ApplicationId).ToListAsync()));
        Assert.All(committed, id => Assert.Equal(1, credit.Calls.For(id)));
    }

    /// <summary>The publishing service; its dispatcher is woken by commits (or by hand), the poll is minutes away.</summary>
    private Task<ServiceHost> StartPublisherAsync(Action<OutboxOptions> outbox) => ServiceHost.StartAsync(node, outbox: o =>
    {
        o.PollInterval = TimeSpan.FromMinutes(5);
        outbox(o);
    });

    /// <summary>One delivery at a time, so the order the effects are stored in is the order the broker delivered.</summary>
    private Task<ServiceHost> StartConsumerInDeliveryOrderAsync() => ServiceHost.StartAsync(node, c =>
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
}
