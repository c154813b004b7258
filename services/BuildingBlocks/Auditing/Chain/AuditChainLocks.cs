using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace LandPlatform.Auditing.Chain;

/// <summary>
/// The in-process chain lock: one gate per database (keyed by connection string), held by one
/// DbContext from reading the chain head until the transaction carrying its records ends.
/// Assumption: one process owns a service's database. SQLite's write lock (the chain transaction
/// is BEGIN IMMEDIATE) and PostgreSQL's pg_advisory_xact_lock keep even a second process from
/// forking the chain; the gate spares writers in this process from queueing on the database.
/// </summary>
internal sealed class AuditChainLocks
{
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _gates = new(StringComparer.Ordinal);
    private readonly ConditionalWeakTable<DbContext, Hold> _holds = [];

    /// <summary>Takes the gate for this context unless it already holds it (several SaveChanges in one transaction).</summary>
    public async Task<Hold> AcquireAsync(DbContext context, CancellationToken ct)
    {
        if (_holds.TryGetValue(context, out var existing))
        {
            return existing;
        }

        var gate = _gates.GetOrAdd(context.Database.GetConnectionString() ?? "", _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(ct);
        var hold = new Hold(gate);
        _holds.AddOrUpdate(context, hold);
        return hold;
    }

    public Hold? Find(DbContext? context) =>
        context is not null && _holds.TryGetValue(context, out var hold) ? hold : null;

    /// <summary>
    /// Ends the hold; safe to call from every exit path, it releases once. <paramref name="committed"/>
    /// says the transaction carrying the sealed records committed, so they now exist.
    /// </summary>
    public void Release(DbContext? context, bool committed)
    {
        if (context is not null && _holds.TryGetValue(context, out var hold))
        {
            _holds.Remove(context);
            if (committed)
            {
                foreach (var record in hold.Saved)
                {
                    record.Committed = true;
                }
            }

            hold.Release();
        }
    }

    internal sealed class Hold(SemaphoreSlim gate)
    {
        private int _released;

        /// <summary>The transaction the interceptor began itself, and so must commit or roll back.</summary>
        public IDbContextTransaction? OwnTransaction { get; set; }

        /// <summary>Sealed by the SaveChanges in progress; they exist only if it succeeds.</summary>
        public List<AuditRecord> Pending { get; } = [];

        /// <summary>Saved in the transaction; they exist once it commits.</summary>
        public List<AuditRecord> Saved { get; } = [];

        public void Release()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                gate.Release();
            }
        }
    }
}
