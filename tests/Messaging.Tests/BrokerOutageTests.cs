using LandPlatform.Messaging.Outbox;
using LandPlatform.Messaging.Tests.Support;
using LandPlatform.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace LandPlatform.Messaging.Tests;

[Collection(RabbitMqCollection.Name)]
public sealed class BrokerOutageTests(RabbitMqNode node)
{
    [Fact]
    public async Task Write_succeeds_while_broker_is_down_and_event_is_delivered_once_after_it_returns()
    {
        await using var admission = await ServiceHost.StartAsync(node);
        await using var credit = await ServiceHost.StartAsync(node, c => c.AddConsumer<RecordSubmissionConsumer>());
        var applicationId = Guid.NewGuid();
        Assert.Equal(HealthStatus.Healthy, await admission.BusHealthAsync());

        await node.StopAsync();
        try
        {
            await admission.WithDbAsync(async db =>
            {
                db.Applications.Add(new LandApplication { Id = applicationId, Uscc = "91330100MA2XXXXX1A" });
                db.AddIntegrationEvent(Events.Submitted(applicationId));
                await db.SaveChangesAsync();
            });

            await Eventually.HoldsAsync(
                async () => await admission.BusHealthAsync() == HealthStatus.Unhealthy
                    && await credit.BusHealthAsync() == HealthStatus.Unhealthy,
                "the readiness checks of publisher and consumer report the broker unreachable");
            // Longer than the publish timeout, so the dispatcher has tried and given up at least once.
            await Task.Delay(TimeSpan.FromSeconds(3));
            var waiting = await admission.WithDbAsync(db => db.Set<OutboxMessage>().SingleAsync());
            Assert.Null(waiting.SentAt);
            Assert.Null(waiting.ParkedAt);
            Assert.Equal(0, waiting.Attempts); // an outage is not the message's fault
        }
        finally
        {
            await node.StartAsync();
        }

        await Eventually.HoldsAsync(
            () => credit.WithDbAsync(db => db.AppliedEvents.AnyAsync(e => e.ApplicationId == applicationId)),
            "the waiting event is delivered after the broker returns",
            TimeSpan.FromSeconds(60));
        await Eventually.HoldsAsync(
            async () => await admission.BusHealthAsync() == HealthStatus.Healthy
                && await credit.BusHealthAsync() == HealthStatus.Healthy,
            "the readiness checks recover",
            TimeSpan.FromSeconds(30));
        await Task.Delay(TimeSpan.FromSeconds(1));
        Assert.Equal(1, await credit.WithDbAsync(db => db.AppliedEvents.CountAsync(e => e.ApplicationId == applicationId)));
        Assert.NotNull((await admission.WithDbAsync(db => db.Set<OutboxMessage>().SingleAsync())).SentAt);
    }
}
