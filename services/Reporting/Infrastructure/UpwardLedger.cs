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

    /// <summary>The parcel a contract is on, from contracts' events; the contract itself when none was seen.</summary>
    public async Task<string> ParcelOfAsync(Guid contractId, CancellationToken ct) =>
        (await db.ContractParcels.FindAsync([contractId], ct))?.ParcelCode ?? $"contract:{contractId:N}";

    /// <summary>Remembers which parcel a contract is on.</summary>
    public async Task<ContractParcel> KnowAsync(Guid contractId, string parcelCode, CancellationToken ct)
    {
        var known = await db.ContractParcels.FindAsync([contractId], ct);
        if (known is null)
        {
            known = new ContractParcel { ContractId = contractId, ParcelCode = parcelCode };
            db.ContractParcels.Add(known);
        }

        return known;
    }
}
