using LandPlatform.IntegrationContracts.Events;
using LandPlatform.Messaging.Inbox;
using LandPlatform.Monitoring.Domain.Contracts;
using LandPlatform.Monitoring.Domain.Ledger;
using LandPlatform.Monitoring.Infrastructure;
using LandPlatform.Monitoring.Ledger;
using MassTransit;

namespace LandPlatform.Monitoring.IntegrationEvents;

// The contract file from contracts' events. Each consumer is idempotent twice over: the inbox drops a redelivered
// message, and each handler checks the state it would create so a replayed or reordered fact changes nothing.

/// <summary>The sale closed: the supply record is kept, the parcel leaves the approved-but-unsupplied list.</summary>
public sealed class LandSuppliedConsumer(MonitoringDbContext db, ILogger<LandSuppliedConsumer> logger)
    : IdempotentConsumer<LandSupplied, MonitoringDbContext>(db, logger)
{
    protected override async Task HandleAsync(LandSupplied message, MonitoringDbContext db, ConsumeContext<LandSupplied> context)
    {
        var ct = context.CancellationToken;
        if (await db.Supplies.FindAsync([message.SupplyId], ct) is not null)
        {
            return;
        }

        var supply = LandSupply.From(message);
        db.Supplies.Add(supply);
        foreach (var contract in db.Contracts.Where(c => c.ApplicationId == message.ApplicationId))
        {
            contract.Supplied(supply);
        }

        if (await db.Ledger.FindAsync([message.ParcelCode], ct) is { Category: LedgerCategory.ApprovedNotSupplied } entry)
        {
            entry.Attach(null, message.LandAreaM2, message.TransactionPrice, message.PolicyPackId);
            entry.MoveTo(LedgerCategory.Cleared, message.TransactionDate, $"LandSupplied {message.ConfirmationNumber}", "supplied");
        }
    }

    protected override (string Type, string Id)? AuditedResource(LandSupplied message) => ("land-supply", message.SupplyId.ToString());
}

/// <summary>A contract was signed: monitoring opens its file (reports are accepted for it from now on).</summary>
public sealed class ContractSignedConsumer(MonitoringDbContext db, ILogger<ContractSignedConsumer> logger)
    : IdempotentConsumer<ContractSigned, MonitoringDbContext>(db, logger)
{
    protected override async Task HandleAsync(ContractSigned message, MonitoringDbContext db, ConsumeContext<ContractSigned> context)
    {
        var ct = context.CancellationToken;
        if (await db.Contracts.FindAsync([message.ContractId], ct) is not null)
        {
            return;
        }

        var contract = MonitoredContract.Signed(message.ContractId, message.ApplicationId, message.Uscc, message.ParcelCode, message.SignedOn);
        // The sale usually closes before the contract is signed: take the supply record if it is here.
        var supplies = db.Supplies.Local.Where(s => s.ApplicationId == message.ApplicationId)
            .Concat(db.Supplies.Where(s => s.ApplicationId == message.ApplicationId)).ToList();
        if (supplies.OrderByDescending(s => s.TransactionDate).FirstOrDefault() is { } supply)
        {
            contract.Supplied(supply);
        }

        db.Contracts.Add(contract);
    }

    protected override (string Type, string Id)? AuditedResource(ContractSigned message) => ("contract", message.ContractId.ToString());
}

/// <summary>Construction started: the parcel is no longer idle.</summary>
public sealed class ConstructionStartedConsumer(MonitoringDbContext db, ILogger<ConstructionStartedConsumer> logger)
    : IdempotentConsumer<ConstructionStarted, MonitoringDbContext>(db, logger)
{
    protected override async Task HandleAsync(ConstructionStarted message, MonitoringDbContext db, ConsumeContext<ConstructionStarted> context)
    {
        var ct = context.CancellationToken;
        if (await db.Contracts.FindAsync([message.ContractId], ct) is { } contract)
        {
            contract.Started(message.StartedOn);
        }

        if (await db.Ledger.FindAsync([message.ParcelCode], ct) is { Category: LedgerCategory.Idle } entry)
        {
            entry.MoveTo(LedgerCategory.Cleared, message.StartedOn, "ConstructionStarted", $"started {message.StartedOn:yyyy-MM-dd}, {message.DaysLate} day(s) late");
        }
    }

    protected override (string Type, string Id)? AuditedResource(ConstructionStarted message) => ("contract", message.ContractId.ToString());
}

/// <summary>Completion confirmed: the assessment window opens (the enterprise applies within it).</summary>
public sealed class ConstructionCompletedConsumer(MonitoringDbContext db, ILogger<ConstructionCompletedConsumer> logger)
    : IdempotentConsumer<ConstructionCompleted, MonitoringDbContext>(db, logger)
{
    protected override async Task HandleAsync(ConstructionCompleted message, MonitoringDbContext db, ConsumeContext<ConstructionCompleted> context)
    {
        if (await db.Contracts.FindAsync([message.ContractId], context.CancellationToken) is { } contract)
        {
            contract.Completed(message.CompletedOn, message.AssessmentWindowOpensOn, message.AssessmentWindowClosesOn);
        }
    }

    protected override (string Type, string Id)? AuditedResource(ConstructionCompleted message) => ("contract", message.ContractId.ToString());
}

/// <summary>The contract ended early: its file says so, and a parcel on the ledger leaves it as recovered.</summary>
public sealed class ContractTerminatedConsumer(MonitoringDbContext db, ILogger<ContractTerminatedConsumer> logger)
    : IdempotentConsumer<ContractTerminated, MonitoringDbContext>(db, logger)
{
    protected override async Task HandleAsync(ContractTerminated message, MonitoringDbContext db, ConsumeContext<ContractTerminated> context)
    {
        var ct = context.CancellationToken;
        if (await db.Contracts.FindAsync([message.ContractId], ct) is not { TerminatedOn: null } contract)
        {
            return;
        }

        contract.Terminated(message.TerminatedOn, message.Cause);
        await db.ClearRecoveredParcelAsync(contract.ParcelCode, message.TerminatedOn, "ContractTerminated", $"contract terminated ({message.Cause}); land recovered", ct);
    }

    protected override (string Type, string Id)? AuditedResource(ContractTerminated message) => ("contract", message.ContractId.ToString());
}

/// <summary>A lessee left before the lease ended and the land was taken back (Beijing 三（五）/（七）): the file is closed.</summary>
public sealed class LeaseExitedConsumer(MonitoringDbContext db, ILogger<LeaseExitedConsumer> logger)
    : IdempotentConsumer<LeaseExited, MonitoringDbContext>(db, logger)
{
    protected override async Task HandleAsync(LeaseExited message, MonitoringDbContext db, ConsumeContext<LeaseExited> context)
    {
        var ct = context.CancellationToken;
        if (await db.Contracts.FindAsync([message.ContractId], ct) is not { ExitedOn: null } contract)
        {
            return;
        }

        contract.Exited(message.ExitedOn);
        await db.ClearRecoveredParcelAsync(contract.ParcelCode, message.ExitedOn, "LeaseExited", "lease exited before its end; land recovered", ct);
    }

    protected override (string Type, string Id)? AuditedResource(LeaseExited message) => ("contract", message.ContractId.ToString());
}

/// <summary>A lease passed and became a grant (Beijing 三（五）): the supervision contract is fulfilled and its file closed.</summary>
public sealed class LeaseConvertedToGrantConsumer(MonitoringDbContext db, ILogger<LeaseConvertedToGrantConsumer> logger)
    : IdempotentConsumer<LeaseConvertedToGrant, MonitoringDbContext>(db, logger)
{
    protected override async Task HandleAsync(LeaseConvertedToGrant message, MonitoringDbContext db, ConsumeContext<LeaseConvertedToGrant> context)
    {
        if (await db.Contracts.FindAsync([message.ContractId], context.CancellationToken) is { ConvertedToGrantOn: null } contract)
        {
            contract.ConvertedToGrant(message.ConvertedOn);
        }
    }

    protected override (string Type, string Id)? AuditedResource(LeaseConvertedToGrant message) => ("contract", message.ContractId.ToString());
}
