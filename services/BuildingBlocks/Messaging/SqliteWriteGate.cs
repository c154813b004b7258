using System.Collections.Concurrent;
using LandPlatform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace LandPlatform.Messaging;

/// <summary>
/// Queues this process's writers of one SQLite file in memory. SQLite admits one writer at a time anyway; without
/// the gate, concurrent consumers (prefetch 16) meet at BEGIN IMMEDIATE, and Microsoft.Data.Sqlite answers each
/// SQLITE_BUSY by sleeping its thread for 150 ms before retrying — issue 15's event benchmark spent most of the
/// platform path there. Waiting here hands the file over as soon as the previous commit ends. Other databases
/// (PostgreSQL) get no gate: they take concurrent writers.
/// </summary>
internal static class SqliteWriteGate
{
    private static readonly ConcurrentDictionary<string, SemaphoreSlim> Gates = new(StringComparer.Ordinal);

    /// <summary>Waits for the file's gate; dispose the result to release it. A no-op for other providers.</summary>
    public static async ValueTask<Lease> EnterAsync(DbContext db, CancellationToken cancellationToken)
    {
        if (!db.Database.UsesSqlite()
            || db.Database.GetConnectionString() is not { } connectionString)
        {
            return default;
        }

        var gate = Gates.GetOrAdd(connectionString, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken);
        return new Lease(gate);
    }

    public readonly struct Lease(SemaphoreSlim? gate) : IDisposable
    {
        public void Dispose() => gate?.Release();
    }
}
