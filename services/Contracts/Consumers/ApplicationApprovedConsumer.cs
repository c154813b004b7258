using LandPlatform.Contracts.Domain;
using LandPlatform.Contracts.Infrastructure;
using LandPlatform.IntegrationContracts.Events;
using LandPlatform.Messaging.Inbox;
using MassTransit;

namespace LandPlatform.Contracts.Consumers;

/// <summary>Keeps admission's approved qualifications locally: a supply's winner must hold one for the parcel.</summary>
internal sealed partial class ApplicationApprovedConsumer(ContractsDbContext db, ILogger<ApplicationApprovedConsumer> logger)
    : IdempotentConsumer<ApplicationApproved, ContractsDbContext>(db, logger)
{
    protected override async Task HandleAsync(ApplicationApproved message, ContractsDbContext db, ConsumeContext<ApplicationApproved> context)
    {
        if (message.ParcelCode is not { Length: > 0 } parcel)
        {
            // A v1 approval without the parcel cannot qualify anyone for a sale of it.
            LogNoParcel(logger, message.ApplicationId);
            return;
        }

        var qualification = await db.Qualifications.FindAsync([message.ApplicationId], context.CancellationToken);
        if (qualification is null)
        {
            qualification = new Qualification(message.ApplicationId, message.Uscc, message.PolicyPackId, parcel);
            db.Qualifications.Add(qualification);
        }

        qualification.EnterpriseName = message.EnterpriseName;
        qualification.StandardId = message.StandardId;
        qualification.StandardVersion = message.StandardVersion;
        qualification.LandUse = message.LandUse;
        qualification.LandAreaM2 = message.LandAreaM2;
        qualification.Industry = message.Industry;
        qualification.SectorCode = message.SectorCode;
        qualification.ProjectName = message.ProjectName;
        qualification.SupplyMode = message.SupplyMode;
        qualification.TermYears = message.TermYears;
        qualification.SelfHeldSharePercent = message.SelfHeldSharePercent;
        qualification.PlannedFloorAreaM2 = message.PlannedFloorAreaM2;
        qualification.ApprovedOn = message.ApprovedOn;
        qualification.Indicators = [.. message.CommittedIndicators];
    }

    protected override (string Type, string Id)? AuditedResource(ApplicationApproved message) => ("qualification", message.ApplicationId.ToString());

    [LoggerMessage(Level = LogLevel.Warning, Message = "ApplicationApproved {ApplicationId} names no parcel; no qualification kept")]
    private static partial void LogNoParcel(ILogger logger, Guid applicationId);
}
