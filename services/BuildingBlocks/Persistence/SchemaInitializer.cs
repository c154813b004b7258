using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace LandPlatform.Persistence;

/// <summary>
/// Brings the service's database to the schema version the code declares, at start-up and before
/// readiness: an empty database gets the whole schema and a history row in one transaction; a
/// database at the declared version must carry the same model fingerprint; anything else stops the
/// service with a message that says what to do, rather than running against a schema it does not know.
/// </summary>
internal sealed partial class SchemaInitializer<TContext>(
    IServiceScopeFactory scopes,
    SchemaState<TContext> state,
    ILogger<SchemaInitializer<TContext>> logger) : IHostedService
    where TContext : DbContext
{
    internal const string HistoryTable = "__schema_history";

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<TContext>();
            await InitializeAsync(db, cancellationToken);
            state.MarkReady();
        }
        catch (Exception ex)
        {
            state.MarkFailed(ex);
            LogSchemaFailed(logger, typeof(TContext).Name, ex);
            throw;
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task InitializeAsync(TContext db, CancellationToken ct)
    {
        var declared = SchemaScript.DeclaredVersion(typeof(TContext));
        var script = SchemaScript.Generate(db);
        var hash = SchemaScript.Hash(script);

        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await db.Database.ExecuteSqlRawAsync(
                $"CREATE TABLE IF NOT EXISTS {HistoryTable} (version INTEGER NOT NULL PRIMARY KEY, model_hash VARCHAR(64) NOT NULL, applied_at VARCHAR(40) NOT NULL)", ct);

            var recorded = await ReadLatestAsync(db.Database.GetDbConnection(), ct);
            if (recorded is null)
            {
                await using var tx = await db.Database.BeginTransactionAsync(ct);
                await db.Database.ExecuteSqlRawAsync(script, ct);
                await db.Database.ExecuteSqlRawAsync(
                    $"INSERT INTO {HistoryTable} (version, model_hash, applied_at) VALUES ({{0}}, {{1}}, {{2}})",
                    [declared, hash, DateTimeOffset.UtcNow.ToString("O")], ct);
                await tx.CommitAsync(ct);
                LogSchemaCreated(logger, typeof(TContext).Name, declared);
                return;
            }

            var (version, recordedHash) = recorded.Value;
            if (version > declared)
            {
                throw new InvalidOperationException(
                    $"The {typeof(TContext).Name} database is at schema version {version} but this build expects {declared}: " +
                    "the database is newer than this build. Run the release that matches it (or point the service at another database).");
            }

            if (version != declared)
            {
                throw new InvalidOperationException(
                    $"The {typeof(TContext).Name} database is at schema version {version} but this build expects {declared}. " +
                    "Upgrade the database with the release's upgrade script (or point the service at a new database).");
            }

            if (!string.Equals(recordedHash, hash, StringComparison.Ordinal))
            {
                throw new InvalidOperationException(
                    $"The {typeof(TContext).Name} model changed without a schema version change (version {version}). " +
                    "Bump [SchemaVersion], record the new schema snapshot and provide an upgrade path.");
            }

            LogSchemaCurrent(logger, typeof(TContext).Name, version);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static async Task<(int Version, string Hash)?> ReadLatestAsync(DbConnection connection, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT version, model_hash FROM {HistoryTable} ORDER BY version DESC LIMIT 1";
        await using var reader = await command.ExecuteReaderAsync(ct);
        return await reader.ReadAsync(ct) ? (Convert.ToInt32(reader.GetValue(0)), reader.GetString(1)) : null;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Created the {Context} schema at version {Version}")]
    private static partial void LogSchemaCreated(ILogger logger, string context, int version);

    [LoggerMessage(Level = LogLevel.Debug, Message = "The {Context} schema is current at version {Version}")]
    private static partial void LogSchemaCurrent(ILogger logger, string context, int version);

    [LoggerMessage(Level = LogLevel.Critical, Message = "The {Context} schema could not be prepared")]
    private static partial void LogSchemaFailed(ILogger logger, string context, Exception error);
}
