using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace LandPlatform.Persistence;

/// <summary>
/// Applies the service's EF Core migrations at start-up. Two instances starting against one database, or a
/// restart in the middle, are safe: EF Core 10 takes a migration lock (on PostgreSQL <c>LOCK TABLE</c> on the
/// history table inside the migration transaction, released with the connection if the process dies; on SQLite
/// a row in <c>__EFMigrationsLock</c>, which a killed process would leave behind, so SQLite runs under
/// <see cref="SqliteMigrationLock"/> as well). A database made by the old schema gate is adopted first
/// (<see cref="SchemaGateAdoption"/>).
/// </summary>
internal static partial class DatabaseMigrator
{
    private const int Attempts = 3;

    public static async Task MigrateAsync(DbContext db, ILogger logger, CancellationToken cancellationToken)
    {
        await using var fileLock = db.Database.IsSqlite() ? await SqliteMigrationLock.AcquireAsync(db, logger, cancellationToken) : null;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await SchemaGateAdoption.AdoptAsync(db, logger, cancellationToken);
                var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
                await db.Database.MigrateAsync(cancellationToken);
                if (pending.Count > 0)
                {
                    LogMigrated(logger, db.GetType().Name, pending.Count, string.Join(", ", pending));
                }

                return;
            }
            catch (PostgresException ex) when (attempt < Attempts && IsCreationRace(ex))
            {
                // EF creates the database and the history table before it can take its lock, so a second
                // instance starting at the same moment can lose that race; the next attempt finds both in place.
                LogCreationRace(logger, db.GetType().Name, ex.SqlState, attempt);
                await Task.Delay(TimeSpan.FromMilliseconds(250 * attempt), cancellationToken);
            }
        }
    }

    private static bool IsCreationRace(PostgresException error) =>
        error.SqlState is PostgresErrorCodes.DuplicateDatabase or PostgresErrorCodes.DuplicateTable or PostgresErrorCodes.UniqueViolation;

    [LoggerMessage(Level = LogLevel.Information, Message = "Applied {Count} migration(s) to the {Context} database: {Migrations}")]
    private static partial void LogMigrated(ILogger logger, string context, int count, string migrations);

    [LoggerMessage(Level = LogLevel.Information, Message = "Another instance was creating the {Context} database at the same time ({SqlState}); trying again (attempt {Attempt})")]
    private static partial void LogCreationRace(ILogger logger, string context, string sqlState, int attempt);
}
