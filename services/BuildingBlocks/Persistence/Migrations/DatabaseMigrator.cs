using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace LandPlatform.Persistence;

/// <summary>
/// Applies the service's EF Core migrations at start-up. Two instances starting against one database, or a
/// restart after a kill in the middle, are safe: the whole step runs under a lock the operating system or the
/// server releases when its holder dies (<see cref="PostgresMigrationLock"/>, <see cref="SqliteMigrationLock"/>),
/// because EF Core 10's own migration locks did not hold here (see each). A database made by the old schema
/// gate is adopted first (<see cref="SchemaGateAdoption"/>).
/// </summary>
internal static partial class DatabaseMigrator
{
    public static async Task MigrateAsync(DbContext db, ILogger logger, CancellationToken cancellationToken)
    {
        await using IAsyncDisposable? migrationLock = db.Database.UsesPostgreSql()
            ? await PostgresMigrationLock.AcquireAsync(db, cancellationToken)
            : await SqliteMigrationLock.AcquireAsync(db, logger, cancellationToken);
        await SchemaGateAdoption.AdoptAsync(db, logger, cancellationToken);
        // EF logs each migration it applies ("Applying migration …") at Information.
        await db.Database.MigrateAsync(cancellationToken);
        if (!db.Database.UsesPostgreSql())
        {
            // Write-ahead logging: a service's readers (requests, the outbox probe) no longer block its writers
            // (inbox transactions, the outbox dispatcher) or the other way round, where the default rollback
            // journal locked the whole file and Microsoft.Data.Sqlite slept 150 ms on every busy collision
            // (issue 15's event benchmark). The mode is stored in the file, so it is set once. Synchronous stays
            // FULL: a commit is on disk before it returns, whatever happens to the machine afterwards.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }

        LogCurrent(logger, db.GetType().Name, db.Database.GetMigrations().LastOrDefault() ?? "(none)");
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "The {Context} database is at migration {Migration}")]
    private static partial void LogCurrent(ILogger logger, string context, string migration);
}
