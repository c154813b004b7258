using LandPlatform.Admission.Domain;
using LandPlatform.Admission.Infrastructure;
using LandPlatform.IntegrationContracts.Events;
using LandPlatform.Messaging.Inbox;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace LandPlatform.Admission.IntegrationEvents;

/// <summary>
/// The credit office delisted an enterprise: its suspended applications may be resumed by a clerk. Resuming is a
/// person's step, not automatic, because the review may need to look again at what happened meanwhile.
/// </summary>
public sealed class EnterpriseDelistedHandler(TimeProvider clock, AdmissionDbContext db, ILogger<EnterpriseDelistedHandler> logger)
    : IdempotentConsumer<EnterpriseDelisted, AdmissionDbContext>(db, logger)
{
    protected override async Task HandleAsync(EnterpriseDelisted message, AdmissionDbContext db, ConsumeContext<EnterpriseDelisted> context)
    {
        var suspended = await db.Applications
            .Where(a => a.Uscc == message.Uscc && a.Status == ApplicationStatus.Suspended)
            .ToListAsync(context.CancellationToken);
        foreach (var application in suspended)
        {
            application.MarkDelisted($"企业已移出失信黑名单：{message.Reason}（名单 {message.ListingId}，{message.DelistedOn:yyyy-MM-dd}）", "credit", clock.GetUtcNow());
        }
    }

    protected override (string Type, string Id)? AuditedResource(EnterpriseDelisted message) => ("enterprise", message.Uscc);
}
