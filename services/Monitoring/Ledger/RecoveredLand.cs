using LandPlatform.Monitoring.Domain.Ledger;
using LandPlatform.Monitoring.Infrastructure;

namespace LandPlatform.Monitoring.Ledger;

/// <summary>
/// Land taken back when its contract closed early (terminated, or a lease exited) leaves the ledger as cleared: whatever
/// list it stood on, it is no longer the enterprise's idle or inefficient land. One place for every event that recovers land.
/// </summary>
public static class RecoveredLand
{
    /// <summary>Staged in the caller's unit of work; a parcel not on the ledger, or already cleared, is left as it is.</summary>
    public static async Task ClearRecoveredParcelAsync(this MonitoringDbContext db, string parcelCode, DateOnly recoveredOn, string source, string note, CancellationToken ct)
    {
        if (await db.Ledger.FindAsync([parcelCode], ct) is { } entry && entry.Category != LedgerCategory.Cleared)
        {
            entry.MoveTo(LedgerCategory.Cleared, recoveredOn, source, note);
        }
    }
}
