using System.Data;
using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace LandPlatform.Persistence;

/// <summary>A column test for <see cref="RowExistence.HasRowsAsync{TEntity}"/>: the property is NULL, or equals a value.</summary>
public readonly record struct ColumnCondition(string Property, object? Value)
{
    public static ColumnCondition IsNull(string property) => new(property, null);

    public static ColumnCondition EqualTo(string property, object value) =>
        new(property, value ?? throw new ArgumentNullException(nameof(value)));
}

/// <summary>
/// "Is there anything to do?" for background loops that poll a table (the outbox dispatcher, scheduled jobs).
/// The probe is one plain <c>SELECT 1 … LIMIT 1</c> written from the model's own table and column names and
/// type mappings, so it runs on SQLite and PostgreSQL alike without going through EF Core's LINQ pipeline.
/// Why not LINQ's <c>AnyAsync</c>: compiling the first LINQ query loads and JITs EF Core's whole query
/// translation stack (about 12 MB resident per process, measured with scripts/bench-startup.sh), and an idle
/// service that polls every second would pay for it without ever having work. Loops probe first and run their
/// real, fully typed query only when a row may be waiting.
/// </summary>
public static class RowExistence
{
    public static Task<bool> HasRowsAsync<TEntity>(
        this DbContext db, CancellationToken cancellationToken, params ColumnCondition[] conditions)
        where TEntity : class
    {
        ArgumentNullException.ThrowIfNull(db);
        var table = MappedTable.Of<TEntity>(db);
        return table.ExecuteAsync(async command =>
        {
            command.CommandText = $"SELECT 1 FROM {table.Name}" + Where(table, command, conditions) + " LIMIT 1";
            return await command.ExecuteScalarAsync(cancellationToken) is not null and not DBNull;
        }, cancellationToken);
    }

    /// <summary>
    /// How many rows the table holds per value of one property (<c>SELECT column, COUNT(*) … GROUP BY column</c>),
    /// the values read back through the property's own mapping (a state stored as its name comes back as the enum);
    /// rows where the property is NULL are not counted.
    /// For metrics that idle loops refresh every poll, for the same reason as the probe: no LINQ query compiled.
    /// </summary>
    public static Task<IReadOnlyDictionary<TValue, int>> CountByAsync<TEntity, TValue>(
        this DbContext db, string property, CancellationToken cancellationToken)
        where TEntity : class
        where TValue : notnull
    {
        ArgumentNullException.ThrowIfNull(db);
        var table = MappedTable.Of<TEntity>(db);
        var (mapped, column) = table.Column(property);
        var converter = mapped.GetTypeMapping().Converter;
        return table.ExecuteAsync<IReadOnlyDictionary<TValue, int>>(async command =>
        {
            command.CommandText = $"SELECT {column}, COUNT(*) FROM {table.Name} GROUP BY {column}";
            var counts = new Dictionary<TValue, int>();
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                var stored = reader.GetValue(0);
                if (stored is DBNull)
                {
                    continue;
                }

                var value = (converter is null ? stored : converter.ConvertFromProvider(stored))!;
                // A provider may widen what it reads back (SQLite's integers are 64-bit); the key keeps the model's type.
                var key = value is TValue typed ? typed : (TValue)Convert.ChangeType(value, typeof(TValue), CultureInfo.InvariantCulture);
                counts[key] = Convert.ToInt32(reader.GetValue(1), CultureInfo.InvariantCulture);
            }

            return counts;
        }, cancellationToken);
    }

    private static string Where(MappedTable table, DbCommand command, IReadOnlyList<ColumnCondition> conditions)
    {
        if (conditions.Count == 0)
        {
            return string.Empty;
        }

        var tests = new List<string>(conditions.Count);
        foreach (var condition in conditions)
        {
            var (property, column) = table.Column(condition.Property);
            if (condition.Value is null)
            {
                tests.Add($"{column} IS NULL");
                continue;
            }

            // The property's own mapping converts the value (enum → string, DateTimeOffset → ticks …) exactly as
            // EF Core stores it, so the probe compares like with like.
            var parameter = "p" + command.Parameters.Count;
            command.Parameters.Add(property.GetRelationalTypeMapping()
                .CreateParameter(command, table.Sql.GenerateParameterName(parameter), condition.Value));
            tests.Add($"{column} = {table.Sql.GenerateParameterNamePlaceholder(parameter)}");
        }

        return " WHERE " + string.Join(" AND ", tests);
    }

    /// <summary>An entity's table as the model maps it, and a command on the context's connection and transaction.</summary>
    private sealed class MappedTable(DbContext db, IEntityType entity, StoreObjectIdentifier store, ISqlGenerationHelper sql)
    {
        public ISqlGenerationHelper Sql => sql;

        public string Name => sql.DelimitIdentifier(store.Name, store.Schema);

        public static MappedTable Of<TEntity>(DbContext db)
        {
            var entity = db.Model.FindEntityType(typeof(TEntity))
                ?? throw new InvalidOperationException($"{typeof(TEntity).Name} is not part of {db.GetType().Name}'s model.");
            var table = entity.GetTableName()
                ?? throw new InvalidOperationException($"{typeof(TEntity).Name} is not mapped to a table.");
            return new MappedTable(db, entity, StoreObjectIdentifier.Table(table, entity.GetSchema()), db.GetService<ISqlGenerationHelper>());
        }

        public (IProperty Property, string Column) Column(string name)
        {
            var property = entity.FindProperty(name)
                ?? throw new InvalidOperationException($"{entity.DisplayName()} has no mapped property '{name}'.");
            return (property, sql.DelimitIdentifier(property.GetColumnName(store)
                ?? throw new InvalidOperationException($"{entity.DisplayName()}.{name} has no column.")));
        }

        /// <summary>Runs one command in the context's current transaction; a connection it opened, it closes.</summary>
        public async Task<T> ExecuteAsync<T>(Func<DbCommand, Task<T>> run, CancellationToken cancellationToken)
        {
            var connection = db.Database.GetDbConnection();
            var opened = connection.State != ConnectionState.Open;
            if (opened)
            {
                await db.Database.OpenConnectionAsync(cancellationToken);
            }

            try
            {
                await using var command = connection.CreateCommand();
                command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
                return await run(command);
            }
            finally
            {
                if (opened)
                {
                    await db.Database.CloseConnectionAsync();
                }
            }
        }
    }
}
