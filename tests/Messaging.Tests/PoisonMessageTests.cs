using LandPlatform.Messaging.Outbox;
using LandPlatform.Messaging.Tests.Support;
using LandPlatform.Testing;
using Microsoft.EntityFrameworkCore;

namespace LandPlatform.Messaging.Tests;

[Collection(RabbitMqCollection.Name)]
public sealed class PoisonMessageTests(RabbitMqNode node)
{
    [Fact]
    public async Task Poison_rows_are_parked_after_max_attempts_and_do_not_block_rows_behind_them()
    {
        await using var admission = await ServiceHost.StartAsync(node, outbox: o => o.MaxAttempts = 3);
        await using var credit = await ServiceHost.StartAsync(node, c => c.AddConsumer<RecordSubmissionConsumer>());
        var applicationId = Guid.NewGuid();

        await admission.WithDbAsync(async db =>
        {
            // Ahead of the good event: a type no build knows, and a body that is not JSON.
            db.Set<OutboxMessage>().Add(new OutboxMessage
            {
                MessageId = Guid.NewGuid(), MessageType = "NoSuchEvent", Body = "{}", OccurredAt = DateTimeOffset.UtcNow,
            });
            db.Set<OutboxMessage>().Add(new OutboxMessage
            {
                MessageId = Guid.NewGuid(), MessageType = "ApplicationSubmitted", Body = "{not json",
                OccurredAt = DateTimeOffset.UtcNow,
            });
            db.AddIntegrationEvent(Events.Submitted(applicationId));
            await db.SaveChangesAsync();
        });

        await Eventually.HoldsAsync(
            () => credit.WithDbAsync(db => db.AppliedEvents.AnyAsync(e => e.ApplicationId == applicationId)),
            "the good event behind the poison rows is delivered");
        await Eventually.HoldsAsync(
            () => admission.WithDbAsync(db => db.Set<OutboxMessage>().CountAsync(m => m.ParkedAt != null).ContinueWith(t => t.Result == 2)),
            "both poison rows are parked");

        var rows = await admission.WithDbAsync(db => db.Set<OutboxMessage>().OrderBy(m => m.Id).ToListAsync());
        Assert.All(rows.Take(2), r =>
        {
            Assert.Equal(3, r.Attempts);
            Assert.Null(r.SentAt);
            Assert.False(string.IsNullOrEmpty(r.LastError));
        });
        Assert.Contains("NoSuchEvent", rows[0].LastError, StringComparison.Ordinal);
        Assert.NotNull(rows[2].SentAt);
        Assert.Null(rows[2].ParkedAt);
    }
}
