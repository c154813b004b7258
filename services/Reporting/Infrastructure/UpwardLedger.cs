using System.Diagnostics;
using LandPlatform.Reporting.Domain;
using Microsoft.EntityFrameworkCore;

namespace LandPlatform.Reporting.Infrastructure;

/// <summary>Adds records built from consumed facts to the ledger, in the consumer's unit of work.</summary>
public sealed class UpwardLedger(ReportingDbContext db, TimeProvider clock)
{
    /// <summary>
    /// Adds the record unless one with its key exists (the same fact re-published under a new event id), and keeps the
    /// consumed message's trace context so its delivery is a span in the fact's trace.
    /// </summary>
    public async Task AddAsync(UpwardRecordDraft draft, CancellationToken ct, string? traceParent = null, string? traceState = null)
    {
        ArgumentNullException.ThrowIfNull(draft);
        if (await db.Records.AnyAsync(r => r.IdempotencyKey == draft.IdempotencyKey, ct)
            || db.Records.Local.Any(r => r.IdempotencyKey == draft.IdempotencyKey))
        {
            return;
        }

        var activity = Activity.Current;
        traceParent ??= activity?.IdFormat == ActivityIdFormat.W3C ? activity.Id : null;
        traceState ??= activity?.TraceStateString;
        db.Records.Add(UpwardRecord.Build(draft, traceParent, traceState, clock.GetUtcNow()));
    }

    /// <summary>The ordering key of a contract's records while its parcel is not known.</summary>
    public static string ContractQueue(Guid contractId) => $"contract:{contractId:N}";

    /// <summary>The parcel a contract is on, from contracts' events; the contract's own queue when none was seen.</summary>
    public async Task<string> ParcelOfAsync(Guid contractId, CancellationToken ct) =>
        (await db.ContractParcels.FindAsync([contractId], ct))?.ParcelCode ?? ContractQueue(contractId);

    /// <summary>
    /// Remembers which parcel a contract is on, and moves the contract's records that were queued under the contract
    /// (a fact that named only its contract and overtook the contract's events on another queue) to the parcel's queue:
    /// every record of a parcel shares its ordering key, so they go out in the order their facts happened.
    /// </summary>
    public async Task<ContractParcel> KnowAsync(Guid contractId, string parcelCode, CancellationToken ct)
    {
        var known = await db.ContractParcels.FindAsync([contractId], ct);
        if (known is null)
        {
            known = new ContractParcel { ContractId = contractId, ParcelCode = parcelCode };
            db.ContractParcels.Add(known);
        }

        var queue = ContractQueue(contractId);
        var stranded = await db.Records.Where(r => r.ParcelCode == queue && r.State != DeliveryState.Delivered).ToListAsync(ct);
        foreach (var record in stranded.Concat(db.Records.Local.Where(r => r.ParcelCode == queue)).Distinct())
        {
            record.JoinParcel(parcelCode);
        }

        return known;
    }
}
