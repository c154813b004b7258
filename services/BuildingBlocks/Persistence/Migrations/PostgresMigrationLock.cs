using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace LandPlatform.Persistence;

/// <summary>
/// Serialises migrating one PostgreSQL database across instances with a session advisory lock on a connection
/// of its own, held from before the gate check until the last migration is applied, and released by the server
/// if the holder dies. Measured here: EF Core 10 with Npgsql 10 alone let two instances starting together both
/// apply the same migration ("column … already exists"), so the platform does not rely on the provider's lock.
/// </summary>
internal sealed class PostgresMigrationLock(NpgsqlConnection held) : IAsyncDisposable
{
    // Advisory lock keys are per database; one fixed key covers "a migration of this database is running".
    private const long Key = 0x4C50_4D49_4752_4154; // "LPMIGRAT"

    public static async Task<PostgresMigrationLock> AcquireAsync(DbContext db, CancellationToken cancellationToken)
    {
        // The lock needs the database; instances creating it at the same moment both end up with it.
        var creator = db.GetService<IRelationalDatabaseCreator>();
        if (!await creator.ExistsAsync(cancellationToken))
        {
            try
            {
                await creator.CreateAsync(cancellationToken);
            }
            catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.DuplicateDatabase)
            {
            }
        }

        // Unpooled: the lock belongs to this session, which must end (not go back to a pool) when we are done.
        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(db.Database.GetConnectionString()) { Pooling = false }.ConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            await using var command = new NpgsqlCommand($"SELECT pg_advisory_lock({Key})", connection);
            await command.ExecuteNonQueryAsync(cancellationToken);
            return new PostgresMigrationLock(connection);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        // Closing the session releases the lock; the explicit unlock only says so in the server's log terms.
        try
        {
            await using var command = new NpgsqlCommand($"SELECT pg_advisory_unlock({Key})", held);
            await command.ExecuteNonQueryAsync();
        }
        finally
        {
            await held.DisposeAsync();
        }
    }
}
