using LandPlatform.Persistence.Tests.Support;
using LandPlatform.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace LandPlatform.Persistence.Tests;

/// <summary>SQLite under the data folder by default; PostgreSQL by connection string or by setting, without code changes.</summary>
public sealed class DatabaseConnectionTests : IDisposable
{
    private const string SqliteProvider = "Microsoft.EntityFrameworkCore.Sqlite";
    private const string NpgsqlProvider = "Npgsql.EntityFrameworkCore.PostgreSQL";
    private readonly TempDirectory _root = TempDirectory.Create("lp-conn-");

    public void Dispose() => _root.Dispose();

    private static IConfiguration Config(params (string Key, string? Value)[] settings) =>
        new ConfigurationBuilder().AddInMemoryCollection(settings.Select(s => KeyValuePair.Create(s.Key, s.Value))).Build();

    private static string ProviderOf(DatabaseConnection connection)
    {
        var options = new DbContextOptionsBuilder<PlainParcels>();
        connection.Apply(options);
        using var db = new PlainParcels(options.Options);
        return db.Database.ProviderName!;
    }

    [Fact]
    public void WithNothingConfiguredItIsASqliteFileUnderTheDataDirectoryWhoseFolderIsCreated()
    {
        var folder = Path.Combine(_root.Path, "not", "yet", "there");

        var connection = DatabaseConnection.From(Config(("DataDirectory", folder)), "parcels", _root.Path);

        Assert.Equal(DatabaseProvider.Sqlite, connection.Provider);
        Assert.Equal(Path.Combine(folder, "parcels.db"), new SqliteConnectionStringBuilder(connection.ConnectionString).DataSource);
        Assert.True(Directory.Exists(folder));
        Assert.Equal(SqliteProvider, ProviderOf(connection));
    }

    [Fact]
    public async Task ASqliteConnectionWaitsForAnotherWritersCommitInsteadOfRetryingBlindly()
    {
        var connection = DatabaseConnection.From(Config(("DataDirectory", _root.Path)), "parcels", _root.Path);
        var options = new DbContextOptionsBuilder<PlainParcels>();
        connection.Apply(options);
        await using var db = new PlainParcels(options.Options);

        await db.Database.OpenConnectionAsync();
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = "PRAGMA busy_timeout;";

        Assert.Equal(30_000L, (long)(await command.ExecuteScalarAsync())!);
    }

    [Fact]
    public void WithoutADataDirectoryTheFileGoesUnderTheContentRoot()
    {
        var connection = DatabaseConnection.From(Config(), "parcels", _root.Path);

        Assert.Equal(Path.Combine(_root.Path, ".data", "parcels.db"), new SqliteConnectionStringBuilder(connection.ConnectionString).DataSource);
        Assert.True(Directory.Exists(Path.Combine(_root.Path, ".data")));
    }

    [Fact]
    public void AConfiguredSqliteConnectionStringIsUsedAsGivenAndItsFolderCreated()
    {
        var file = Path.Combine(_root.Path, "elsewhere", "mine.db");

        var connection = DatabaseConnection.From(Config(("ConnectionStrings:parcelsdb", $"Data Source={file}")), "parcels", _root.Path);

        Assert.Equal(DatabaseProvider.Sqlite, connection.Provider);
        Assert.Equal($"Data Source={file}", connection.ConnectionString);
        Assert.True(Directory.Exists(Path.GetDirectoryName(file)));
    }

    [Theory]
    [InlineData("Host=db.internal;Database=parcels;Username=app;Password=secret")]
    [InlineData("host=127.0.0.1;port=5433;database=parcels")]
    public void AnNpgsqlConnectionStringChoosesPostgreSql(string connectionString)
    {
        var connection = DatabaseConnection.From(Config(("ConnectionStrings:parcelsdb", connectionString)), "parcels", _root.Path);

        Assert.Equal(DatabaseProvider.PostgreSql, connection.Provider);
        Assert.Equal(connectionString, connection.ConnectionString);
        Assert.Equal(NpgsqlProvider, ProviderOf(connection));
        Assert.False(Directory.Exists(Path.Combine(_root.Path, ".data")));
    }

    [Fact]
    public void DatabaseProviderPostgresChoosesPostgreSqlWhateverTheStringLooksLike()
    {
        var connection = DatabaseConnection.From(
            Config(("Database:Provider", "Postgres"), ("ConnectionStrings:parcelsdb", "Server=db.internal;Database=parcels")), "parcels", _root.Path);

        Assert.Equal(DatabaseProvider.PostgreSql, connection.Provider);
        Assert.Equal(NpgsqlProvider, ProviderOf(connection));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void PostgresWithoutAConnectionStringIsAClearError(string? connectionString)
    {
        var error = Assert.Throws<InvalidOperationException>(() => DatabaseConnection.From(
            Config(("Database:Provider", "postgres"), ("ConnectionStrings:parcelsdb", connectionString)), "parcels", _root.Path));

        Assert.Contains("Database:Provider is postgres", error.Message, StringComparison.Ordinal);
        Assert.Contains("ConnectionStrings:parcelsdb", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TheServiceDbContextUsesTheConfiguredProviderWithoutAServer()
    {
        using var host = ServiceHost.Build<ParcelsDb, SqliteParcelsDb, PostgresParcelsDb>(ServiceHost.Name, _root.Path, ("ConnectionStrings:parcelsdb", "Host=127.0.0.1;Database=parcels"));
        using var scope = host.Services.CreateScope();

        Assert.Equal(NpgsqlProvider, scope.ServiceProvider.GetRequiredService<ParcelsDb>().Database.ProviderName);
        Assert.Equal(DatabaseProvider.PostgreSql, host.Services.GetRequiredService<DatabaseConnection>().Provider);
    }
}
