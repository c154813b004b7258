using LandPlatform.Messaging.Inbox;
using LandPlatform.Messaging.Operations;
using LandPlatform.Messaging.Outbox;
using LandPlatform.Messaging.Tests.Support;
using LandPlatform.Testing;
using Microsoft.EntityFrameworkCore;

namespace LandPlatform.Messaging.Tests.Operations;

[Collection(RabbitMqCollection.Name)]
public sealed class ErrorQueueReplayTests(RabbitMqNode node)
{
    [Fact]
    public async Task Message_that_failed_into_the_error_queue_is_listed_and_after_the_fix_replayed_exactly_once()
    {
        await using var admission = await ServiceHost.StartAsync(node);
        await using var credit = await ServiceHost.StartAsync(node, ReplayHosts.Consumers);
        var queue = credit.ServiceName + ReplayHosts.QueueSuffix;
        var applicationId = Guid.NewGuid();
        credit.Switch().FailBeforeApplying = true;

        await Publish(admission, applicationId);
        await Eventually.HoldsAsync(async () => await node.CountMessagesAsync(queue + "_error") == 1, "the message is in the error queue");

        var listed = Assert.Single(await credit.ErrorQueuesAsync());
        Assert.Equal(new ErrorQueueInfo(queue, queue + "_error", true, 1), listed);
        Assert.Equal(3, credit.Calls.For(applicationId)); // first try + 2 retries, none applied
        Assert.Equal(0, await credit.WithDbAsync(db => db.AppliedEvents.CountAsync()));

        credit.Switch().FailBeforeApplying = false;
        var replay = await credit.ReplayAsync(queue);

        Assert.Equal(1, replay.Moved);
        Assert.Null(replay.StoppedBecause);
        await Eventually.HoldsAsync(
            () => credit.WithDbAsync(db => db.AppliedEvents.AnyAsync(e => e.ApplicationId == applicationId)), "the replayed message was applied");
        await Eventually.HoldsAsync(async () => await node.CountMessagesAsync(queue) == 0, "the queue drained");
        Assert.Equal(1, await credit.WithDbAsync(db => db.AppliedEvents.CountAsync(e => e.ApplicationId == applicationId)));
        Assert.Equal(4, credit.Calls.For(applicationId)); // delivered once more, not once per replay attempt
        Assert.Equal(0, await node.CountMessagesAsync(queue + "_error"));
        Assert.Equal(0u, Assert.Single(await credit.ErrorQueuesAsync()).Messages);
    }

    [Fact]
    public async Task Replayed_message_keeps_its_message_id_so_one_already_applied_is_not_applied_twice()
    {
        await using var admission = await ServiceHost.StartAsync(node);
        await using var credit = await ServiceHost.StartAsync(node, ReplayHosts.Consumers);
        var queue = credit.ServiceName + ReplayHosts.QueueSuffix;
        var applicationId = Guid.NewGuid();
        credit.Switch().FailAfterApplying = true;

        var messageId = await Publish(admission, applicationId);
        await Eventually.HoldsAsync(async () => await node.CountMessagesAsync(queue + "_error") == 1, "the message is in the error queue");
        Assert.Equal(1, await credit.WithDbAsync(db => db.AppliedEvents.CountAsync(e => e.ApplicationId == applicationId)));

        credit.Switch().FailAfterApplying = false;
        Assert.Equal(1, (await credit.ReplayAsync(queue)).Moved);

        await Eventually.HoldsAsync(async () => credit.Calls.For(applicationId) == 4 && await node.CountMessagesAsync(queue) == 0,
            "the replayed message was delivered and acknowledged");
        Assert.Equal(1, await credit.WithDbAsync(db => db.AppliedEvents.CountAsync(e => e.ApplicationId == applicationId)));
        var inbox = await credit.WithDbAsync(db => db.Set<InboxMessage>().SingleAsync());
        Assert.Equal(messageId, inbox.MessageId);
        Assert.Equal(0, await node.CountMessagesAsync(queue + "_error"));
    }

    [Fact]
    public async Task Replay_moves_at_most_max_and_leaves_the_rest_in_the_error_queue()
    {
        await using var admission = await ServiceHost.StartAsync(node);
        await using var credit = await ServiceHost.StartAsync(node, ReplayHosts.Consumers);
        var queue = credit.ServiceName + ReplayHosts.QueueSuffix;
        credit.Switch().FailBeforeApplying = true;
        for (var i = 0; i < 3; i++)
        {
            await Publish(admission, Guid.NewGuid());
        }

        await Eventually.HoldsAsync(async () => await node.CountMessagesAsync(queue + "_error") == 3, "three messages failed");
        credit.Switch().FailBeforeApplying = false;

        var replay = await credit.ReplayAsync(queue, max: 2);

        Assert.Equal((2, 1u), (replay.Moved, replay.Remaining));
        await Eventually.HoldsAsync(() => credit.WithDbAsync(db => db.AppliedEvents.CountAsync().ContinueWith(t => t.Result == 2)),
            "the two replayed messages were applied");
        Assert.Equal(1, await node.CountMessagesAsync(queue + "_error"));
    }

    [Fact]
    public async Task Only_this_services_queues_are_listed_and_may_be_replayed()
    {
        await using var admission = await ServiceHost.StartAsync(node, ReplayHosts.Consumers);
        await using var credit = await ServiceHost.StartAsync(node, ReplayHosts.Consumers);
        var otherQueue = admission.ServiceName + ReplayHosts.QueueSuffix;

        var listed = Assert.Single(await credit.ErrorQueuesAsync());
        Assert.Equal(credit.ServiceName + ReplayHosts.QueueSuffix, listed.Queue);
        Assert.False(listed.Exists); // MassTransit declares an error queue only when something first fails
        await Assert.ThrowsAsync<ArgumentException>(() => credit.ReplayAsync(otherQueue));
    }

    [Fact]
    public async Task Replay_of_an_empty_or_never_created_error_queue_moves_nothing()
    {
        await using var credit = await ServiceHost.StartAsync(node, ReplayHosts.Consumers);

        var replay = await credit.ReplayAsync(credit.ServiceName + ReplayHosts.QueueSuffix);

        Assert.Equal(0, replay.Moved);
        Assert.Null(replay.StoppedBecause);
    }

    private static async Task<Guid> Publish(ServiceHost publisher, Guid applicationId)
    {
        var message = ReplayHosts.Approved(applicationId);
        await publisher.WithDbAsync(async db =>
        {
            db.AddIntegrationEvent(message);
            await db.SaveChangesAsync();
        });
        return message.EventId;
    }
}
