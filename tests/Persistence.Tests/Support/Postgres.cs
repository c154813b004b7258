using Npgsql;

namespace LandPlatform.Persistence.Tests.Support;

/// <summary>
/// The PostgreSQL server the test run provides (scripts/test.sh starts a private one when Debian's server is
/// installed): each test gets its own database, dropped afterwards.
/// </summary>
public sealed class Postgres : IAsyncDisposable
{
    /// <summary>Set to a PostgreSQL server's connection string to run the PostgreSQL cases.</summary>
    public const string Variable = RowExistenceTests.PostgresVariable;

    public const string Absent = $"{Variable} is not set: no PostgreSQL server for this run (scripts/test.sh starts one when the postgresql package is installed).";

    private readonly List<string> _databases = [];

    public static bool Available => !string.IsNullOrEmpty(Environment.GetEnvironmentVariable(Variable));

    public static TheoryData<string> Providers()
    {
        var providers = new TheoryData<string> { "sqlite" };
        if (Available)
        {
            providers.Add("postgres");
        }

        return providers;
    }

    /// <summary>A connection string for a database of its own (not yet created).</summary>
    public string NewDatabase()
    {
        var builder = new NpgsqlConnectionStringBuilder(Environment.GetEnvironmentVariable(Variable))
        {
            Database = "mig_" + Guid.NewGuid().ToString("N"),
            Pooling = false,
        };
        _databases.Add(builder.Database);
        return builder.ConnectionString;
    }

    public static async Task CreateAsync(string connectionString)
    {
        var database = new NpgsqlConnectionStringBuilder(connectionString).Database!;
        await using var server = await OpenServerAsync();
        await using var command = new NpgsqlCommand($"CREATE DATABASE \"{database}\"", server);
        await command.ExecuteNonQueryAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (_databases.Count == 0)
        {
            return;
        }

        await using var server = await OpenServerAsync();
        foreach (var database in _databases)
        {
            await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)", server);
            await command.ExecuteNonQueryAsync();
        }
    }

    private static async Task<NpgsqlConnection> OpenServerAsync()
    {
        var builder = new NpgsqlConnectionStringBuilder(Environment.GetEnvironmentVariable(Variable)) { Database = "postgres", Pooling = false };
        var connection = new NpgsqlConnection(builder.ConnectionString);
        await connection.OpenAsync();
        return connection;
    }
}
