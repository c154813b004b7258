using LandPlatform.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace LandPlatform.Auditing.Chain;

/// <summary>
/// Seals the audit records of a SaveChanges into the chain: inside a transaction (the caller's,
/// or one begun here and committed in SavedChanges), under the chain lock, reads the chain head
/// and gives each new record the next Sequence, the time, the previous hash and its own hash.
/// The lock is held until that transaction ends, so no other writer can read a head that is
/// about to change.
/// </summary>
internal sealed class AuditChainInterceptor(AuditChainLocks locks, TimeProvider clock) : SaveChangesInterceptor
{
    // A constant key for pg_advisory_xact_lock: "LPAUDIT1" read as a 64-bit number.
    private const long AdvisoryKey = 0x4C50415544495431;

    // Synchronous saves block on the same path; the services save asynchronously.
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result) =>
        SavingChangesAsync(eventData, result).AsTask().GetAwaiter().GetResult();

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        EndAsync(eventData.Context, commit: true).AsTask().GetAwaiter().GetResult();
        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is not { } db)
        {
            return result;
        }

        var entries = db.ChangeTracker.Entries<AuditRecord>().ToList();
        if (entries.Any(e => e.State is EntityState.Modified or EntityState.Deleted))
        {
            throw new InvalidOperationException("Audit records are append-only: they are never updated or deleted.");
        }

        var added = entries.Where(e => e.State == EntityState.Added).OrderBy(e => e.Entity.DraftOrder).ToList();
        if (added.Count == 0)
        {
            return result;
        }

        try
        {
            await SealAsync(db, added, cancellationToken);
        }
        catch
        {
            await EndAsync(db, commit: false);
            throw;
        }

        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        await EndAsync(eventData.Context, commit: true);
        return result;
    }

    public override async Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default) =>
        await EndAsync(eventData.Context, commit: false);

    public override void SaveChangesFailed(DbContextErrorEventData eventData) =>
        EndAsync(eventData.Context, commit: false).AsTask().GetAwaiter().GetResult();

    private async Task SealAsync(DbContext db, List<EntityEntry<AuditRecord>> added, CancellationToken ct)
    {
        // Transaction first, then the gate: a writer holding SQLite's write lock in its own
        // transaction is never stuck behind a writer that holds the gate and waits for that lock.
        var own = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        AuditChainLocks.Hold hold;
        try
        {
            hold = await locks.AcquireAsync(db, ct);
        }
        catch when (own is not null)
        {
            await own.DisposeAsync();
            throw;
        }

        hold.OwnTransaction ??= own;

        if (db.Database.UsesPostgreSql())
        {
            await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_xact_lock({AdvisoryKey})", ct);
        }

        var head = await db.Set<AuditRecord>().AsNoTracking()
            .OrderByDescending(r => r.Sequence)
            .Select(r => new { r.Sequence, r.Hash })
            .FirstOrDefaultAsync(ct);
        var sequence = head?.Sequence ?? 0;
        var previous = head?.Hash ?? AuditHash.Genesis;
        var now = AuditHash.Truncate(clock.GetUtcNow());

        hold.Pending.Clear();
        foreach (var entry in added)
        {
            var record = entry.Entity;
            record.Sequence = ++sequence;
            record.RecordedAt = now;
            record.PreviousHash = previous;
            record.Hash = AuditHash.Compute(record);
            previous = record.Hash;
            hold.Pending.Add(record);
        }

        // The values were set on the entities after Add; make sure the tracker inserts them.
        db.ChangeTracker.DetectChanges();
    }

    /// <summary>Commits or rolls back a transaction begun here; a caller's transaction keeps the lock until it ends.</summary>
    private async ValueTask EndAsync(DbContext? db, bool commit)
    {
        if (locks.Find(db) is not { } hold)
        {
            return;
        }

        // A failed SaveChanges inside a caller's transaction is rolled back to its savepoint: its records never existed.
        if (commit)
        {
            hold.Saved.AddRange(hold.Pending);
        }

        hold.Pending.Clear();
        if (hold.OwnTransaction is not { } own)
        {
            return;
        }

        try
        {
            if (commit)
            {
                await own.CommitAsync();
            }
            else
            {
                await own.RollbackAsync();
            }
        }
        finally
        {
            await own.DisposeAsync();
            locks.Release(db, committed: false);
        }
    }
}
