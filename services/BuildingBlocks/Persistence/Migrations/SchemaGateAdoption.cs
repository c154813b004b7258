using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Operations;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Logging;

namespace LandPlatform.Persistence;

/// <summary>
/// Databases made before migrations, by the schema gate (operators' <c>--persistent</c> data folders): the gate
/// created the whole schema from the model and recorded its version in <c>__schema_history</c>. Every service's
/// last gate version was 1, and each service's first migration (Initial) creates exactly that schema. Such a
/// database is adopted: when it records version 1 and holds the tables and columns Initial creates, Initial's
/// history row is inserted (nothing else changes, the data stays) and later migrations apply as usual. Anything
/// else (another version, a missing or extra table or column) stops start-up with what differs, rather than
/// guessing. <c>__schema_history</c> is left in place as the record of how the database began.
/// </summary>
internal static partial class SchemaGateAdoption
{
    public const string GateHistoryTable = "__schema_history";
    public const int LastGateVersion = 1;

    // Tables EF Core itself keeps; not part of any migration's schema.
    private static readonly HashSet<string> EfTables = new(StringComparer.Ordinal) { HistoryRepository.DefaultTableName, "__EFMigrationsLock" };

    public static async Task AdoptAsync(DbContext db, ILogger logger, CancellationToken cancellationToken)
    {
        if (!await db.Database.CanConnectAsync(cancellationToken))
        {
            return;
        }

        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            // Read the catalogue rather than IHistoryRepository.ExistsAsync, which Npgsql 10 answers true for
            // any database that exists (seen here).
            if (!IsGateMadeOnly(await TablesAsync(db, cancellationToken)))
            {
                return;
            }

            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            if (db.Database.UsesPostgreSql())
            {
                // Another instance adopting the same database waits here, then finds the history table made.
                await ExecuteAsync(db, $"LOCK TABLE \"{GateHistoryTable}\" IN ACCESS EXCLUSIVE MODE", cancellationToken);
            }

            // SQLite's transaction is BEGIN IMMEDIATE (and under SqliteMigrationLock): nobody else writes meanwhile.
            if (!IsGateMadeOnly(await TablesAsync(db, cancellationToken)))
            {
                return;
            }

            var history = db.GetService<IHistoryRepository>();

            var initial = await CheckMatchesInitialAsync(db, cancellationToken);
            await ExecuteAsync(db, history.GetCreateIfNotExistsScript(), cancellationToken);
            await ExecuteAsync(db, history.GetInsertScript(new HistoryRow(initial, ProductInfo.GetVersion())), cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            LogAdopted(logger, db.GetType().Name, LastGateVersion, initial);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static bool IsGateMadeOnly(HashSet<string> tables) =>
        tables.Contains(GateHistoryTable) && !tables.Contains(HistoryRepository.DefaultTableName);

    /// <summary>The first migration's id, when the database is what the gate's last version made; else why not.</summary>
    private static async Task<string> CheckMatchesInitialAsync(DbContext db, CancellationToken cancellationToken)
    {
        var name = db.GetType().Name;
        var version = Convert.ToInt32(
            await ScalarAsync(db, $"SELECT MAX(version) FROM \"{GateHistoryTable}\"", cancellationToken), CultureInfo.InvariantCulture);
        if (version != LastGateVersion)
        {
            throw new InvalidOperationException(
                $"The {name} database was made by the schema gate at version {version}, but only version {LastGateVersion} " +
                "(the last the gate made) can be adopted into migrations. Point the service at a new database, or bring this one to gate version 1 first.");
        }

        var migrations = db.GetService<IMigrationsAssembly>();
        var (id, type) = migrations.Migrations.FirstOrDefault();
        if (id is null)
        {
            throw new InvalidOperationException($"The {name} database was made by the schema gate, but {name} has no migrations to adopt it into.");
        }

        var initial = migrations.CreateMigration(type, db.Database.ProviderName!);
        var expected = initial.UpOperations.OfType<CreateTableOperation>()
            .ToDictionary(t => t.Name, t => t.Columns.Select(c => c.Name).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);
        var actual = (await TablesAsync(db, cancellationToken)).Where(t => t != GateHistoryTable && !EfTables.Contains(t)).ToHashSet(StringComparer.Ordinal);

        var differences = new List<string>();
        differences.AddRange(expected.Keys.Where(t => !actual.Contains(t)).Select(t => $"table {t} is missing"));
        differences.AddRange(actual.Where(t => !expected.ContainsKey(t)).Select(t => $"table {t} is not in {id}"));
        foreach (var (table, columns) in expected.Where(e => actual.Contains(e.Key)))
        {
            var present = await ColumnsAsync(db, table, cancellationToken);
            differences.AddRange(columns.Where(c => !present.Contains(c)).Select(c => $"column {table}.{c} is missing"));
            differences.AddRange(present.Where(c => !columns.Contains(c)).Select(c => $"column {table}.{c} is not in {id}"));
        }

        return differences.Count == 0
            ? id
            : throw new InvalidOperationException(
                $"The {name} database was made by the schema gate (version {version}) but does not match migration {id}: " +
                string.Join("; ", differences.Order(StringComparer.Ordinal)) + ". It was not changed; point the service at a new database or repair it by hand.");
    }

    private static async Task<HashSet<string>> TablesAsync(DbContext db, CancellationToken cancellationToken)
    {
        var sql = db.Database.UsesPostgreSql()
            ? "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'"
            : "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'";
        await using var command = Command(db, sql);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var tables = new HashSet<string>(StringComparer.Ordinal);
        while (await reader.ReadAsync(cancellationToken))
        {
            tables.Add(reader.GetString(0));
        }

        return tables;
    }

    private static async Task<HashSet<string>> ColumnsAsync(DbContext db, string table, CancellationToken cancellationToken)
    {
        var sql = db.GetService<ISqlGenerationHelper>();
        await using var command = Command(db, $"SELECT * FROM {sql.DelimitIdentifier(table)} WHERE 1 = 0");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).ToHashSet(StringComparer.Ordinal);
    }

    private static async Task ExecuteAsync(DbContext db, string sql, CancellationToken cancellationToken)
    {
        await using var command = Command(db, sql);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task<object?> ScalarAsync(DbContext db, string sql, CancellationToken cancellationToken)
    {
        await using var command = Command(db, sql);
        return await command.ExecuteScalarAsync(cancellationToken);
    }

    private static DbCommand Command(DbContext db, string sql)
    {
        var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        command.CommandText = sql;
        return command;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Adopted the {Context} database made by the schema gate (version {Version}) as migration {Migration}")]
    private static partial void LogAdopted(ILogger logger, string context, int version, string migration);
}
