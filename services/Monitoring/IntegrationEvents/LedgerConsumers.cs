using LandPlatform.IntegrationContracts.Events;
using LandPlatform.Messaging.Inbox;
using LandPlatform.Monitoring.Domain.Ledger;
using LandPlatform.Monitoring.Infrastructure;
using LandPlatform.Monitoring.Policies;
using MassTransit;

namespace LandPlatform.Monitoring.IntegrationEvents;

/// <summary>
/// An approved application names its parcel: until the parcel is supplied it stands on the ledger as approved but
/// not supplied (批而未供, Shilong 二（三）2(1)).
/// </summary>
public sealed class ApplicationApprovedConsumer(MonitoringDbContext db, ILogger<ApplicationApprovedConsumer> logger)
    : IdempotentConsumer<ApplicationApproved, MonitoringDbContext>(db, logger)
{
    protected override async Task HandleAsync(ApplicationApproved message, MonitoringDbContext db, ConsumeContext<ApplicationApproved> context)
    {
        var ct = context.CancellationToken;
        if (string.IsNullOrWhiteSpace(message.ParcelCode)
            || db.Supplies.Any(s => s.ApplicationId == message.ApplicationId)
            || await db.Ledger.FindAsync([message.ParcelCode], ct) is not null)
        {
            return;
        }

        var entry = LedgerEntry.Open(message.ParcelCode, message.Uscc, message.EnterpriseName, message.PolicyPackId, message.LandAreaM2);
        entry.MoveTo(LedgerCategory.ApprovedNotSupplied, message.ApprovedOn ?? DateOnly.FromDateTime(message.OccurredAt.UtcDateTime), "ApplicationApproved",
            $"application {message.ApplicationId} approved{(message.ProjectName is null ? string.Empty : ": " + message.ProjectName)}");
        db.Ledger.Add(entry);
    }

    protected override (string Type, string Id)? AuditedResource(ApplicationApproved message) =>
        message.ParcelCode is null ? null : ("ledger-entry", message.ParcelCode);
}

/// <summary>Contracts found the parcel idle: it goes on the ledger with the national consequence of its years.</summary>
public sealed class IdleLandDetectedConsumer(MonitoringDbContext db, MonitoringPolicyCatalog policies, ILogger<IdleLandDetectedConsumer> logger)
    : IdempotentConsumer<IdleLandDetected, MonitoringDbContext>(db, logger)
{
    protected override async Task HandleAsync(IdleLandDetected message, MonitoringDbContext db, ConsumeContext<IdleLandDetected> context)
    {
        var ct = context.CancellationToken;
        var contract = await db.Contracts.FindAsync([message.ContractId], ct);
        var entry = await db.Ledger.FindAsync([message.ParcelCode], ct);
        if (entry is { Category: LedgerCategory.Idle } && entry.YearsIdle >= message.YearsIdle)
        {
            return;
        }

        if (entry is null)
        {
            entry = LedgerEntry.Open(message.ParcelCode, message.Uscc, message.EnterpriseName ?? contract?.EnterpriseName, contract?.PolicyPackId, contract?.LandAreaM2);
            db.Ledger.Add(entry);
        }

        entry.Attach(message.ContractId, contract?.LandAreaM2, contract?.LandPrice, contract?.PolicyPackId);
        var policy = policies.Resolve(contract?.PolicyPackId, contract?.SignedOn ?? message.DetectedOn);
        entry.MarkIdle(message.YearsIdle, message.CausedByGovernment, message.DetectedOn, policy.IdleLand, "IdleLandDetected");
    }

    protected override (string Type, string Id)? AuditedResource(IdleLandDetected message) => ("ledger-entry", message.ParcelCode);
}
