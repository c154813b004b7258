using System.Diagnostics;
using LandPlatform.Messaging.Outbox;
using LandPlatform.Messaging.Tests.Support;
using LandPlatform.Testing;
using Microsoft.EntityFrameworkCore;

namespace LandPlatform.Messaging.Tests;

[Collection(RabbitMqCollection.Name)]
public sealed class TracePropagationTests(RabbitMqNode node)
{
    [Fact]
    public async Task Consumer_runs_in_the_trace_of_the_request_that_enqueued_the_event()
    {
        await using var admission = await ServiceHost.StartAsync(node);
        await using var credit = await ServiceHost.StartAsync(node, c => c.AddConsumer<RecordSubmissionConsumer>());
        var applicationId = Guid.NewGuid();
        string requestTraceId;

        // Stands in for the ASP.NET Core request activity; it ends before the dispatcher picks the row up.
        using (var request = ActivityCapture.RequestSource.StartActivity("POST /api/admission/applications", ActivityKind.Server))
        {
            Assert.NotNull(request);
            requestTraceId = request.TraceId.ToHexString();
            await admission.WithDbAsync(async db =>
            {
                db.AddIntegrationEvent(Events.Submitted(applicationId));
                await db.SaveChangesAsync();
            });
        }

        var row = await admission.WithDbAsync(db => db.Set<OutboxMessage>().SingleAsync());
        Assert.Contains(requestTraceId, row.TraceParent, StringComparison.Ordinal);
        await Eventually.HoldsAsync(
            () => credit.WithDbAsync(db => db.AppliedEvents.AnyAsync(e => e.ApplicationId == applicationId)),
            "the event is consumed");
        var applied = await credit.WithDbAsync(db => db.AppliedEvents.SingleAsync(e => e.ApplicationId == applicationId));
        Assert.Equal(requestTraceId, applied.TraceId);
    }
}
