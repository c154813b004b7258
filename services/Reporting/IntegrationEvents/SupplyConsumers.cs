using System.Diagnostics;
using System.Text.Json;
using LandPlatform.IntegrationContracts.Events;
using LandPlatform.Messaging.Inbox;
using LandPlatform.Reporting.Domain;
using LandPlatform.Reporting.Infrastructure;
using LandPlatform.Reporting.Records;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace LandPlatform.Reporting.IntegrationEvents;

// The supply record (供地结果) needs LandSupplied and the contract's signing date; they arrive on separate queues in
// either order. Whichever comes second builds the record, which then belongs to the supply's trace.

public sealed class LandSuppliedConsumer(ReportingDbContext db, UpwardLedger ledger, DistrictProfile district, ILogger<LandSuppliedConsumer> logger)
    : IdempotentConsumer<LandSupplied, ReportingDbContext>(db, logger)
{
    protected override (string Type, string Id)? AuditedResource(LandSupplied message) => ("supply", message.SupplyId.ToString());

    protected override async Task HandleAsync(LandSupplied message, ReportingDbContext db, ConsumeContext<LandSupplied> context)
    {
        var ct = context.CancellationToken;
        var contract = await db.ContractParcels.FirstOrDefaultAsync(
            c => c.ParcelCode == message.ParcelCode && c.ApplicationId == message.ApplicationId && c.SignedOn != null, ct);
        if (contract is not null)
        {
            await ledger.AddAsync(SupplyResultRecord.Build(message, contract.SignedOn!.Value, district), ct);
            return;
        }

        if (await db.SuppliesAwaitingContract.FindAsync([message.SupplyId], ct) is null)
        {
            var activity = Activity.Current;
            db.SuppliesAwaitingContract.Add(new SupplyAwaitingContract
            {
                SupplyId = message.SupplyId,
                ApplicationId = message.ApplicationId,
                ParcelCode = message.ParcelCode,
                Fact = JsonSerializer.Serialize(message, FactJson.Options),
                TraceParent = activity?.IdFormat == ActivityIdFormat.W3C ? activity.Id : null,
                TraceState = activity?.TraceStateString,
            });
        }
    }
}

public sealed class ContractSignedConsumer(ReportingDbContext db, UpwardLedger ledger, DistrictProfile district, ILogger<ContractSignedConsumer> logger)
    : IdempotentConsumer<ContractSigned, ReportingDbContext>(db, logger)
{
    protected override (string Type, string Id)? AuditedResource(ContractSigned message) => ("contract", message.ContractId.ToString());

    protected override async Task HandleAsync(ContractSigned message, ReportingDbContext db, ConsumeContext<ContractSigned> context)
    {
        var ct = context.CancellationToken;
        var contract = await ledger.KnowAsync(message.ContractId, message.ParcelCode, ct);
        contract.ApplicationId = message.ApplicationId;
        contract.SignedOn = message.SignedOn;

        var waiting = await db.SuppliesAwaitingContract
            .Where(s => s.ParcelCode == message.ParcelCode && s.ApplicationId == message.ApplicationId)
            .ToListAsync(ct);
        foreach (var supply in waiting)
        {
            var supplied = JsonSerializer.Deserialize<LandSupplied>(supply.Fact, FactJson.Options)!;
            await ledger.AddAsync(SupplyResultRecord.Build(supplied, message.SignedOn, district), ct, supply.TraceParent, supply.TraceState);
            db.SuppliesAwaitingContract.Remove(supply);
        }
    }
}

internal static class FactJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);
}
