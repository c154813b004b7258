using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace LandPlatform.Persistence;

/// <summary>
/// Serialises migrating one SQLite file across processes with an OS file lock next to it, which the kernel
/// releases when the holder dies. EF Core's own SQLite lock is a row in <c>__EFMigrationsLock</c> with no
/// timeout: a process killed while holding it (SIGKILL, a crash the platform restarts) leaves the row, and
/// every later start would wait for it forever (dotnet/efcore#38958 and its neighbours). Holding this file
/// lock, no other instance of the platform is migrating the file, so a row found there is stale and goes.
/// The lock file stays in place: deleting it while another process waits on it would let two holders in.
/// </summary>
internal sealed partial class SqliteMigrationLock(FileStream held) : IAsyncDisposable
{
    private const string EfLockTable = "__EFMigrationsLock";

    public static async Task<SqliteMigrationLock?> AcquireAsync(DbContext db, ILogger logger, CancellationToken cancellationToken)
    {
        var connection = new SqliteConnectionStringBuilder(db.Database.GetConnectionString());
        if (connection.Mode == SqliteOpenMode.Memory || connection.DataSource is "" or ":memory:")
        {
            return null;
        }

        var path = Path.GetFullPath(connection.DataSource) + ".migration-lock";
        FileStream? file = null;
        while (file is null)
        {
            try
            {
                // FileShare.None is an exclusive flock(2) on Unix (and a share lock on Windows).
                file = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(100), cancellationToken);
            }
        }

        var held = new SqliteMigrationLock(file);
        try
        {
            await ClearStaleRowAsync(db, logger, cancellationToken);
            return held;
        }
        catch
        {
            await held.DisposeAsync();
            throw;
        }
    }

    public ValueTask DisposeAsync() => held.DisposeAsync();

    private static async Task ClearStaleRowAsync(DbContext db, ILogger logger, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = $"SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = '{EfLockTable}'";
            if (Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture) == 0)
            {
                return;
            }

            command.CommandText = $"DELETE FROM \"{EfLockTable}\"";
            if (await command.ExecuteNonQueryAsync(cancellationToken) > 0)
            {
                LogStaleLockCleared(logger, db.GetType().Name);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Cleared the {Context} database's migration lock left by a process that stopped while migrating")]
    private static partial void LogStaleLockCleared(ILogger logger, string context);
}
