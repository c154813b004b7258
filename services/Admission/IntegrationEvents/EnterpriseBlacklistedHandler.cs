using LandPlatform.Admission.Domain;
using LandPlatform.Admission.Infrastructure;
using LandPlatform.IntegrationContracts.Events;
using LandPlatform.Messaging.Inbox;
using LandPlatform.Messaging.Outbox;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace LandPlatform.Admission.IntegrationEvents;

/// <summary>
/// The credit office listed an enterprise: each of its open applications is suspended, quoting the listing and the
/// document it rests on (a listed enterprise is refused land: Shijingshan 五（二）, Hangzhou 第十三条). A related
/// subject's listing names only that subject, so it is caught by the check made again before approval.
/// </summary>
public sealed class EnterpriseBlacklistedHandler(TimeProvider clock, AdmissionDbContext db, ILogger<EnterpriseBlacklistedHandler> logger)
    : IdempotentConsumer<EnterpriseBlacklisted, AdmissionDbContext>(db, logger)
{
    protected override async Task HandleAsync(EnterpriseBlacklisted message, AdmissionDbContext db, ConsumeContext<EnterpriseBlacklisted> context)
    {
        var open = await db.Applications
            .Where(a => a.Uscc == message.Uscc
                && (a.Status == ApplicationStatus.Submitted || a.Status == ApplicationStatus.InJointReview || a.Status == ApplicationStatus.Proposed))
            .ToListAsync(context.CancellationToken);
        var document = message.DocumentNumber is null ? "" : $"，依据 {message.DocumentType} {message.DocumentNumber}";
        var reason = $"企业已被列入失信黑名单：{message.Reason}{document}（名单 {message.ListingId}，{message.ListedOn:yyyy-MM-dd} 列入）";
        foreach (var application in open)
        {
            application.Suspend(reason, "credit", clock.GetUtcNow());
            db.AddIntegrationEvent(AdmissionEvents.Suspended(application, message.ListingId));
        }
    }

    protected override (string Type, string Id)? AuditedResource(EnterpriseBlacklisted message) => ("enterprise", message.Uscc);
}
