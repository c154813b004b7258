using LandPlatform.IntegrationContracts.Events;
using LandPlatform.Messaging.Inbox;
using LandPlatform.Monitoring.Domain;
using LandPlatform.Monitoring.Infrastructure;
using MassTransit;

namespace LandPlatform.Monitoring.IntegrationEvents;

/// <summary>Opens a pipeline file for each application admission takes in (once, however often the event arrives).</summary>
public sealed class ApplicationSubmittedHandler(TimeProvider clock, MonitoringDbContext db, ILogger<ApplicationSubmittedHandler> logger)
    : IdempotentConsumer<ApplicationSubmitted, MonitoringDbContext>(db, logger)
{
    protected override async Task HandleAsync(ApplicationSubmitted message, MonitoringDbContext db, ConsumeContext<ApplicationSubmitted> context)
    {
        if (await db.Pipeline.FindAsync([message.ApplicationId], context.CancellationToken) is not null)
        {
            return;
        }

        db.Pipeline.Add(PipelineProject.Open(
            message.ApplicationId, message.Uscc, message.EnterpriseName, message.Industry,
            message.RequestedLandAreaM2, message.Status, message.OccurredAt, clock.GetUtcNow()));
    }

    protected override (string Type, string Id)? AuditedResource(ApplicationSubmitted message) =>
        ("pipeline-project", message.ApplicationId.ToString());
}
