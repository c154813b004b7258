using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace LandPlatform.Messaging.Benchmarks;

/// <summary>
/// SYNCHRONOUS=NORMAL (bench-events.sh) sets SQLite's synchronous mode on the benchmark's connections only, to show
/// what the disk sync at every commit costs the path. The platform keeps FULL (DatabaseMigrator): in WAL mode NORMAL
/// skips the sync at commit, and a power loss may take back the last commits — an event or inbox row the service had
/// already acknowledged. Measured, not adopted.
/// </summary>
internal sealed class SqliteSynchronous(string mode) : DbConnectionInterceptor
{
    private readonly string _pragma = $"PRAGMA synchronous={(mode == "NORMAL" ? "NORMAL" : "FULL")};";

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = _pragma;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = _pragma;
        command.ExecuteNonQuery();
    }
}
