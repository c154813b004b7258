using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace LandPlatform.Persistence;

/// <summary>
/// Sets SQLite's own busy timeout on every connection a service opens. A service's file has writers the messaging
/// write gate does not see (request handlers, jobs, reporting's delivery worker): without a busy timeout SQLite answers
/// a collision with SQLITE_BUSY at once, Microsoft.Data.Sqlite sleeps 150 ms per retry, and a writer that keeps losing
/// the race waits long or gives up after its 30 s command timeout with "database is locked" (reporting's benchmark
/// did; pricing's quotes, eight writers at once, answered with a p99 over a second and stalled a 5 s run entirely).
/// SQLite's handler waits in 1–100 ms steps instead and hands the file over as soon as the other commit ends.
/// </summary>
internal sealed class SqliteBusyTimeout(TimeSpan timeout) : DbConnectionInterceptor
{
    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (connection is SqliteConnection)
        {
            using var command = connection.CreateCommand();
            command.CommandText = Pragma;
            command.ExecuteNonQuery();
        }
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (connection is SqliteConnection)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = Pragma;
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private string Pragma => string.Create(CultureInfo.InvariantCulture, $"PRAGMA busy_timeout={(long)timeout.TotalMilliseconds};");
}
