using LandPlatform.IntegrationContracts.Events;
using LandPlatform.Messaging.Outbox;
using LandPlatform.Messaging.Tests.Support;
using LandPlatform.Testing;
using Microsoft.EntityFrameworkCore;

namespace LandPlatform.Messaging.Tests;

/// <summary>State change and event commit together, and the event crosses to another service's bus.</summary>
[Collection(RabbitMqCollection.Name)]
public sealed class OutboxDeliveryTests(RabbitMqNode node)
{
    // A poll interval far longer than the test: delivery within it proves the commit signal woke the dispatcher.
    private static readonly Action<OutboxOptions> SignalOnly = o => o.PollInterval = TimeSpan.FromMinutes(5);

    [Fact]
    public async Task Committed_state_change_is_published_and_consumed_by_another_service()
    {
        await using var admission = await ServiceHost.StartAsync(node, outbox: SignalOnly);
        await using var credit = await ServiceHost.StartAsync(node, c => c.AddConsumer<RecordSubmissionConsumer>());
        var applicationId = Guid.NewGuid();

        await admission.WithDbAsync(async db =>
        {
            db.Applications.Add(new LandApplication { Id = applicationId, Uscc = "91330100MA2XXXXX1A" });
            db.AddIntegrationEvent(Events.Submitted(applicationId));
            await db.SaveChangesAsync();
        });

        await Eventually.HoldsAsync(
            () => credit.WithDbAsync(db => db.AppliedEvents.AnyAsync(e => e.ApplicationId == applicationId)),
            "the consumer service applied the event");
        // The dispatcher marks its batch sent after the broker confirmed it, and a consumer can be quicker than that commit.
        await Eventually.HoldsAsync(
            () => admission.WithDbAsync(db => db.Set<OutboxMessage>().AnyAsync(m => m.SentAt != null)), "the row is marked sent");
        var row = await admission.WithDbAsync(db => db.Set<OutboxMessage>().SingleAsync());
        Assert.Equal(nameof(ApplicationSubmitted), row.MessageType);
        var applied = await credit.WithDbAsync(db => db.AppliedEvents.SingleAsync(e => e.ApplicationId == applicationId));
        Assert.Equal(row.MessageId, applied.MessageId);
        Assert.Contains($"{credit.ServiceName}-record-submission", (await node.ListQueuesAsync()).Keys);
    }

    [Fact]
    public async Task Event_saved_in_an_explicit_transaction_is_published_after_commit()
    {
        await using var admission = await ServiceHost.StartAsync(node, outbox: SignalOnly);
        await using var credit = await ServiceHost.StartAsync(node, c => c.AddConsumer<RecordSubmissionConsumer>());
        var applicationId = Guid.NewGuid();

        await admission.WithDbAsync(async db =>
        {
            await using var tx = await db.Database.BeginTransactionAsync();
            db.Applications.Add(new LandApplication { Id = applicationId, Uscc = "91330100MA2XXXXX1A" });
            db.AddIntegrationEvent(Events.Submitted(applicationId));
            await db.SaveChangesAsync();
            await tx.CommitAsync();
        });

        await Eventually.HoldsAsync(
            () => credit.WithDbAsync(db => db.AppliedEvents.AnyAsync(e => e.ApplicationId == applicationId)),
            "the event committed in a transaction was applied");
    }

    [Fact]
    public async Task Rolled_back_state_change_leaves_no_event_and_publishes_nothing()
    {
        await using var admission = await ServiceHost.StartAsync(node);
        await using var credit = await ServiceHost.StartAsync(node, c => c.AddConsumer<RecordSubmissionConsumer>());
        var applicationId = Guid.NewGuid();

        await admission.WithDbAsync(async db =>
        {
            await using var tx = await db.Database.BeginTransactionAsync();
            db.Applications.Add(new LandApplication { Id = applicationId, Uscc = "91330100MA2XXXXX1A" });
            db.AddIntegrationEvent(Events.Submitted(applicationId));
            await db.SaveChangesAsync();
            await tx.RollbackAsync();
        });

        Assert.Equal(0, await admission.WithDbAsync(db => db.Applications.CountAsync()));
        Assert.Equal(0, await admission.WithDbAsync(db => db.Set<OutboxMessage>().CountAsync()));
        // Several poll intervals: had anything been published it would have arrived by now.
        await Task.Delay(TimeSpan.FromSeconds(2));
        Assert.Equal(0, credit.Calls.For(applicationId));
    }
}
