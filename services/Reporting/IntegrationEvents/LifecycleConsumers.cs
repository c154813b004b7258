using LandPlatform.IntegrationContracts.Events;
using LandPlatform.Messaging.Inbox;
using LandPlatform.Reporting.Domain;
using LandPlatform.Reporting.Infrastructure;
using LandPlatform.Reporting.Records;
using MassTransit;

namespace LandPlatform.Reporting.IntegrationEvents;

/// <summary>
/// Turns one fact the province is told about into its record, in the inbox's transaction: a redelivered message adds
/// nothing, a consumed one is never lost. A fact that names its parcel also teaches the ledger which parcel its
/// contract is on; one that names only the contract (assessments, terminations) is queued behind that parcel.
/// </summary>
public abstract class LifecycleConsumer<TMessage>(ReportingDbContext db, UpwardLedger ledger, ILogger logger)
    : IdempotentConsumer<TMessage, ReportingDbContext>(db, logger)
    where TMessage : class
{
    protected abstract Guid ContractOf(TMessage message);

    /// <summary>The parcel when the fact names it.</summary>
    protected virtual string? ParcelOf(TMessage message) => null;

    protected abstract UpwardRecordDraft Build(TMessage message, string parcelCode);

    protected override (string Type, string Id)? AuditedResource(TMessage message) => ("contract", ContractOf(message).ToString());

    protected override async Task HandleAsync(TMessage message, ReportingDbContext db, ConsumeContext<TMessage> context)
    {
        var ct = context.CancellationToken;
        var parcel = ParcelOf(message);
        if (parcel is not null)
        {
            await ledger.KnowAsync(ContractOf(message), parcel, ct);
        }

        await ledger.AddAsync(Build(message, parcel ?? await ledger.ParcelOfAsync(ContractOf(message), ct)), ct);
    }
}

public sealed class LandDeliveredConsumer(ReportingDbContext db, UpwardLedger ledger, ILogger<LandDeliveredConsumer> logger)
    : LifecycleConsumer<LandDelivered>(db, ledger, logger)
{
    protected override Guid ContractOf(LandDelivered message) => message.ContractId;

    protected override string? ParcelOf(LandDelivered message) => message.ParcelCode;

    protected override UpwardRecordDraft Build(LandDelivered message, string parcelCode) => LifecycleRecords.Delivered(message);
}

public sealed class ConstructionStartedConsumer(ReportingDbContext db, UpwardLedger ledger, ILogger<ConstructionStartedConsumer> logger)
    : LifecycleConsumer<ConstructionStarted>(db, ledger, logger)
{
    protected override Guid ContractOf(ConstructionStarted message) => message.ContractId;

    protected override string? ParcelOf(ConstructionStarted message) => message.ParcelCode;

    protected override UpwardRecordDraft Build(ConstructionStarted message, string parcelCode) => LifecycleRecords.Started(message);
}

public sealed class ConstructionCompletedConsumer(ReportingDbContext db, UpwardLedger ledger, ILogger<ConstructionCompletedConsumer> logger)
    : LifecycleConsumer<ConstructionCompleted>(db, ledger, logger)
{
    protected override Guid ContractOf(ConstructionCompleted message) => message.ContractId;

    protected override string? ParcelOf(ConstructionCompleted message) => message.ParcelCode;

    protected override UpwardRecordDraft Build(ConstructionCompleted message, string parcelCode) => LifecycleRecords.Completed(message);
}

public sealed class IdleLandDetectedConsumer(ReportingDbContext db, UpwardLedger ledger, ILogger<IdleLandDetectedConsumer> logger)
    : LifecycleConsumer<IdleLandDetected>(db, ledger, logger)
{
    protected override Guid ContractOf(IdleLandDetected message) => message.ContractId;

    protected override string? ParcelOf(IdleLandDetected message) => message.ParcelCode;

    protected override UpwardRecordDraft Build(IdleLandDetected message, string parcelCode) => LifecycleRecords.Idle(message);
}

// AssessmentPassed/Failed and ContractTerminated name their parcel since ParcelCode was added to them; a message from
// an earlier publisher has none, and its record takes the parcel the contract's events taught the ledger.

public sealed class AssessmentPassedConsumer(ReportingDbContext db, UpwardLedger ledger, ILogger<AssessmentPassedConsumer> logger)
    : LifecycleConsumer<AssessmentPassed>(db, ledger, logger)
{
    protected override Guid ContractOf(AssessmentPassed message) => message.ContractId;

    protected override string? ParcelOf(AssessmentPassed message) => message.ParcelCode;

    protected override UpwardRecordDraft Build(AssessmentPassed message, string parcelCode) => LifecycleRecords.Passed(message, parcelCode);
}

public sealed class AssessmentFailedConsumer(ReportingDbContext db, UpwardLedger ledger, ILogger<AssessmentFailedConsumer> logger)
    : LifecycleConsumer<AssessmentFailed>(db, ledger, logger)
{
    protected override Guid ContractOf(AssessmentFailed message) => message.ContractId;

    protected override string? ParcelOf(AssessmentFailed message) => message.ParcelCode;

    protected override UpwardRecordDraft Build(AssessmentFailed message, string parcelCode) => LifecycleRecords.Failed(message, parcelCode);
}

public sealed class ContractTerminatedConsumer(ReportingDbContext db, UpwardLedger ledger, ILogger<ContractTerminatedConsumer> logger)
    : LifecycleConsumer<ContractTerminated>(db, ledger, logger)
{
    protected override Guid ContractOf(ContractTerminated message) => message.ContractId;

    protected override string? ParcelOf(ContractTerminated message) => message.ParcelCode;

    protected override UpwardRecordDraft Build(ContractTerminated message, string parcelCode) => LifecycleRecords.Terminated(message, parcelCode);
}

public sealed class LeaseConvertedToGrantConsumer(ReportingDbContext db, UpwardLedger ledger, ILogger<LeaseConvertedToGrantConsumer> logger)
    : LifecycleConsumer<LeaseConvertedToGrant>(db, ledger, logger)
{
    protected override Guid ContractOf(LeaseConvertedToGrant message) => message.ContractId;

    protected override string? ParcelOf(LeaseConvertedToGrant message) => message.ParcelCode;

    protected override UpwardRecordDraft Build(LeaseConvertedToGrant message, string parcelCode) => LifecycleRecords.ConvertedToGrant(message);
}

public sealed class LeaseExitedConsumer(ReportingDbContext db, UpwardLedger ledger, ILogger<LeaseExitedConsumer> logger)
    : LifecycleConsumer<LeaseExited>(db, ledger, logger)
{
    protected override Guid ContractOf(LeaseExited message) => message.ContractId;

    protected override string? ParcelOf(LeaseExited message) => message.ParcelCode;

    protected override UpwardRecordDraft Build(LeaseExited message, string parcelCode) => LifecycleRecords.Exited(message);
}

/// <summary>Monitoring's inefficient-land ledger (低效用地台账): a parcel listed inefficient or cleared from the list.</summary>
public sealed class LandLedgerChangedConsumer(ReportingDbContext db, UpwardLedger ledger, ILogger<LandLedgerChangedConsumer> logger)
    : IdempotentConsumer<LandLedgerChanged, ReportingDbContext>(db, logger)
{
    protected override (string Type, string Id)? AuditedResource(LandLedgerChanged message) => ("ledger-entry", message.ParcelCode);

    protected override async Task HandleAsync(LandLedgerChanged message, ReportingDbContext db, ConsumeContext<LandLedgerChanged> context)
    {
        if (message.ContractId is { } contractId)
        {
            await ledger.KnowAsync(contractId, message.ParcelCode, context.CancellationToken);
        }

        await ledger.AddAsync(LifecycleRecords.LedgerChanged(message), context.CancellationToken);
    }
}
