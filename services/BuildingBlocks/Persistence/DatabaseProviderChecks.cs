using Microsoft.EntityFrameworkCore.Infrastructure;

namespace LandPlatform.Persistence;

/// <summary>
/// Which provider a context runs on, read from its provider name. EF's own <c>IsNpgsql()</c> and <c>IsSqlite()</c>
/// live in the provider assemblies, so calling either loads that provider into the process even when it is not
/// used: every service on SQLite carried Npgsql's EF Core provider for its lifetime (issue 9's idle-memory budget).
/// </summary>
public static class DatabaseProviderChecks
{
    public const string PostgreSqlProvider = "Npgsql.EntityFrameworkCore.PostgreSQL";
    public const string SqliteProvider = "Microsoft.EntityFrameworkCore.Sqlite";

    public static bool UsesPostgreSql(this DatabaseFacade database) =>
        string.Equals(database.ProviderName, PostgreSqlProvider, StringComparison.Ordinal);

    public static bool UsesSqlite(this DatabaseFacade database) =>
        string.Equals(database.ProviderName, SqliteProvider, StringComparison.Ordinal);
}
