using Microsoft.Data.Sqlite;

namespace LandPlatform.BadInput.Tests.Drill;

/// <summary>
/// A service's SQLite file as the drill compares it: the row count of every table, and the outcomes of the
/// audit records written after a given sequence (each refused request leaves one <c>rejected:4xx</c> record,
/// which is what the audit trail is for; nothing else may change).
/// </summary>
public sealed record StoredData(IReadOnlyDictionary<string, long> RowCounts, long LastAuditSequence)
{
    public const string AuditTable = "audit_records";

    public static async Task<StoredData> ReadAsync(string databaseFile)
    {
        await using var connection = Open(databaseFile);
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name";
            await using var reader = await list.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var table in tables)
        {
            counts[table] = await ScalarAsync(connection, $"SELECT COUNT(*) FROM \"{table.Replace("\"", "\"\"", StringComparison.Ordinal)}\"");
        }

        var last = tables.Contains(AuditTable) ? await ScalarAsync(connection, $"SELECT COALESCE(MAX(sequence), 0) FROM {AuditTable}") : 0;
        return new StoredData(counts, last);
    }

    /// <summary>Outcome → count of the audit records written after <paramref name="afterSequence"/>.</summary>
    public static async Task<IReadOnlyDictionary<string, long>> AuditOutcomesAfterAsync(string databaseFile, long afterSequence)
    {
        await using var connection = Open(databaseFile);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT outcome, COUNT(*) FROM {AuditTable} WHERE sequence > $after GROUP BY outcome";
        command.Parameters.AddWithValue("$after", afterSequence);
        var outcomes = new Dictionary<string, long>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            outcomes[reader.GetString(0)] = reader.GetInt64(1);
        }

        return outcomes;
    }

    /// <summary>Tables whose row count differs, audit records aside.</summary>
    public IEnumerable<string> ChangedSince(StoredData before)
    {
        ArgumentNullException.ThrowIfNull(before);
        return RowCounts.Keys.Union(before.RowCounts.Keys)
            .Where(t => t != AuditTable)
            .Where(t => RowCounts.GetValueOrDefault(t) != before.RowCounts.GetValueOrDefault(t))
            .Select(t => $"{t}: {before.RowCounts.GetValueOrDefault(t)} → {RowCounts.GetValueOrDefault(t)} rows");
    }

    private static SqliteConnection Open(string databaseFile) =>
        new(new SqliteConnectionStringBuilder { DataSource = databaseFile, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());

    private static async Task<long> ScalarAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
