using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace LandPlatform.Messaging;

/// <summary>
/// Puts every SaveChanges that runs in EF's own transaction (a request handler's unit of work, the outbox
/// dispatcher's batch commit) through <see cref="SqliteWriteGate"/>, so all of a process's writers of its SQLite
/// file queue in memory. Issue 15's profile of the publishing service: with four request handlers and the
/// dispatcher meeting at BEGIN IMMEDIATE, 60% of the handlers' time went to waiting there in SQLite's busy handler,
/// which polls in sleeps of up to 100 ms instead of taking the file as soon as the previous commit ends.
/// A save inside the caller's transaction is left alone: whoever began that transaction decided about the gate
/// (IdempotentConsumer holds it already; the gate is not re-entrant).
/// </summary>
/// <remarks>
/// The gate is entered when the save's own transaction starts, not in SavingChanges: EF reports a failure to
/// SaveChangesFailed only from inside its try block, which a throwing SavingChanges of another interceptor (the
/// audit chain's) is not, and a lease taken there would never be released. From the transaction's start on,
/// every way out (saved, failed, cancelled) passes one of the SaveChanges hooks below, which release it.
/// </remarks>
internal sealed class SqliteWriteGateInterceptor : SaveChangesInterceptor, IDbTransactionInterceptor
{
    private readonly ConditionalWeakTable<DbContext, State> _saves = [];

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Expect(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Expect(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public InterceptionResult<DbTransaction> TransactionStarting(
        DbConnection connection, TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result)
    {
        if (eventData.Context is { } db && Expected(db) is { } state)
        {
            // Synchronous saves block on the gate; the services save asynchronously.
            state.Lease = SqliteWriteGate.EnterAsync(db, CancellationToken.None).AsTask().GetAwaiter().GetResult();
        }

        return result;
    }

    public async ValueTask<InterceptionResult<DbTransaction>> TransactionStartingAsync(
        DbConnection connection, TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result,
        CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } db && Expected(db) is { } state)
        {
            state.Lease = await SqliteWriteGate.EnterAsync(db, cancellationToken);
        }

        return result;
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Release(eventData.Context);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(
        SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Release(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Release(eventData.Context);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Release(eventData.Context);
        return Task.CompletedTask;
    }

    public override void SaveChangesCanceled(DbContextEventData eventData) => Release(eventData.Context);

    public override Task SaveChangesCanceledAsync(DbContextEventData eventData, CancellationToken cancellationToken = default)
    {
        Release(eventData.Context);
        return Task.CompletedTask;
    }

    /// <summary>A save outside the caller's transaction: the transaction EF is about to begin for it takes the gate.</summary>
    private void Expect(DbContext? db)
    {
        if (db is not null && db.Database.CurrentTransaction is null)
        {
            _saves.AddOrUpdate(db, new State());
        }
    }

    private State? Expected(DbContext db) => _saves.TryGetValue(db, out var state) && state.Lease is null ? state : null;

    private void Release(DbContext? db)
    {
        if (db is not null && _saves.TryGetValue(db, out var state))
        {
            _saves.Remove(db);
            state.Lease?.Dispose();
        }
    }

    private sealed class State
    {
        public SqliteWriteGate.Lease? Lease { get; set; }
    }
}
