using System.Data;
using System.Data.Common;
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
    public static async Task<bool> HasRowsAsync<TEntity>(
        this DbContext db, CancellationToken cancellationToken, params ColumnCondition[] conditions)
        where TEntity : class
    {
        ArgumentNullException.ThrowIfNull(db);
        var entity = db.Model.FindEntityType(typeof(TEntity))
            ?? throw new InvalidOperationException($"{typeof(TEntity).Name} is not part of {db.GetType().Name}'s model.");
        var table = entity.GetTableName()
            ?? throw new InvalidOperationException($"{typeof(TEntity).Name} is not mapped to a table.");
        var store = StoreObjectIdentifier.Table(table, entity.GetSchema());
        var sql = db.GetService<ISqlGenerationHelper>();

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
            command.CommandText = $"SELECT 1 FROM {sql.DelimitIdentifier(table, entity.GetSchema())}"
                + Where(entity, store, sql, command, conditions) + " LIMIT 1";
            return await command.ExecuteScalarAsync(cancellationToken) is not null and not DBNull;
        }
        finally
        {
            if (opened)
            {
                await db.Database.CloseConnectionAsync();
            }
        }
    }

    private static string Where(
        IEntityType entity, StoreObjectIdentifier store, ISqlGenerationHelper sql, DbCommand command,
        IReadOnlyList<ColumnCondition> conditions)
    {
        if (conditions.Count == 0)
        {
            return string.Empty;
        }

        var tests = new List<string>(conditions.Count);
        foreach (var condition in conditions)
        {
            var property = entity.FindProperty(condition.Property)
                ?? throw new InvalidOperationException($"{entity.DisplayName()} has no mapped property '{condition.Property}'.");
            var column = sql.DelimitIdentifier(property.GetColumnName(store)
                ?? throw new InvalidOperationException($"{entity.DisplayName()}.{condition.Property} has no column."));
            if (condition.Value is null)
            {
                tests.Add($"{column} IS NULL");
                continue;
            }

            // The property's own mapping converts the value (enum → string, DateTimeOffset → ticks …) exactly as
            // EF Core stores it, so the probe compares like with like.
            var parameter = "p" + command.Parameters.Count;
            command.Parameters.Add(property.GetRelationalTypeMapping()
                .CreateParameter(command, sql.GenerateParameterName(parameter), condition.Value));
            tests.Add($"{column} = {sql.GenerateParameterNamePlaceholder(parameter)}");
        }

        return " WHERE " + string.Join(" AND ", tests);
    }
}
