using LandPlatform.Messaging.Inbox;
using LandPlatform.Messaging.Outbox;
using LandPlatform.Messaging.Tests.Support;
using LandPlatform.Testing;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LandPlatform.Messaging.Tests;

[Collection(RabbitMqCollection.Name)]
public sealed class IdempotentConsumerTests(RabbitMqNode node)
{
    [Fact]
    public async Task Same_message_delivered_twice_has_one_effect()
    {
        await using var publisher = await ServiceHost.StartAsync(node);
        await using var credit = await ServiceHost.StartAsync(node, c => c.AddConsumer<RecordSubmissionConsumer>());
        var applicationId = Guid.NewGuid();
        var message = Events.Submitted(applicationId);
        var bus = publisher.Host.Services.GetRequiredService<IBus>();
        var queue = $"{credit.ServiceName}-record-submission";

        // What a redelivery looks like to the consumer: the same MessageId twice (e.g. outbox re-send after a crash).
        await bus.Publish(message, Pipe.Execute<PublishContext>(c => c.MessageId = message.EventId));
        await bus.Publish(message, Pipe.Execute<PublishContext>(c => c.MessageId = message.EventId));

        await Eventually.HoldsAsync(
            async () => await credit.WithDbAsync(db => db.AppliedEvents.AnyAsync(e => e.ApplicationId == applicationId))
                && await node.CountMessagesAsync(queue) == 0,
            "both deliveries were consumed and acknowledged");
        Assert.Equal(1, await credit.WithDbAsync(db => db.AppliedEvents.CountAsync(e => e.ApplicationId == applicationId)));
        Assert.Equal(1, credit.Calls.For(applicationId));
        var inbox = await credit.WithDbAsync(db => db.Set<InboxMessage>().SingleAsync(m => m.MessageId == message.EventId));
        Assert.Equal(typeof(RecordSubmissionConsumer).FullName, inbox.Consumer);
        Assert.True(await node.CountMessagesAsync(queue + "_error") is null or 0, "nothing faulted");
    }

    [Fact]
    public async Task Consumer_that_always_throws_is_retried_then_message_moves_to_the_error_queue()
    {
        await using var admission = await ServiceHost.StartAsync(node);
        await using var credit = await ServiceHost.StartAsync(node, c => c.AddConsumer<AlwaysFailingConsumer>());
        var applicationId = Guid.NewGuid();

        await admission.WithDbAsync(async db =>
        {
            db.AddIntegrationEvent(new IntegrationContracts.Events.ApplicationRejected(applicationId, "x", "incomplete"));
            await db.SaveChangesAsync();
        });

        var errorQueue = $"{credit.ServiceName}-always-failing_error";
        await Eventually.HoldsAsync(async () => await node.CountMessagesAsync(errorQueue) == 1,
            $"one message in {errorQueue}");
        Assert.Equal(3, credit.Calls.For(applicationId)); // first try + RetryLimit (2) retries
        Assert.Equal(0, await node.CountMessagesAsync($"{credit.ServiceName}-always-failing"));
    }
}
