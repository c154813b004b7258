using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

namespace LandPlatform.Persistence;

public enum DatabaseProvider
{
    Sqlite,
    PostgreSql,
}

/// <summary>Which database a service uses, decided once from configuration.</summary>
public sealed record DatabaseConnection(DatabaseProvider Provider, string ConnectionString)
{
    public static DatabaseConnection From(IConfiguration configuration, string name, string contentRoot)
    {
        var configured = configuration.GetConnectionString($"{name}db");
        var provider = configuration["Database:Provider"];
        if (string.Equals(provider, "postgres", StringComparison.OrdinalIgnoreCase)
            || (configured is not null && LooksLikeNpgsql(configured)))
        {
            // A blank value (an empty environment variable) is as unset as a missing one; Npgsql would
            // otherwise fail later, at the first query, with no word about which setting is wrong.
            return string.IsNullOrWhiteSpace(configured)
                ? throw new InvalidOperationException(
                    $"Database:Provider is postgres but ConnectionStrings:{name}db is not set " +
                    $"(environment variable ConnectionStrings__{name}db).")
                : new DatabaseConnection(DatabaseProvider.PostgreSql, configured);
        }

        if (string.IsNullOrWhiteSpace(configured))
        {
            var folder = configuration["DataDirectory"] is { Length: > 0 } dir ? dir : Path.Combine(contentRoot, ".data");
            configured = $"Data Source={Path.Combine(folder, name + ".db")}";
        }

        // The folder of a SQLite file must exist before the first connection opens it.
        var file = new SqliteConnectionStringBuilder(configured).DataSource;
        if (!string.IsNullOrEmpty(file) && file != ":memory:" && Path.GetDirectoryName(Path.GetFullPath(file)) is { } parent)
        {
            Directory.CreateDirectory(parent);
        }

        return new DatabaseConnection(DatabaseProvider.Sqlite, configured);
    }

    private static readonly SqliteBusyTimeout SqliteBusy = new(TimeSpan.FromSeconds(30));

    public void Apply(DbContextOptionsBuilder options)
    {
        _ = Provider switch
        {
            DatabaseProvider.PostgreSql => UseNpgsql(options),
            _ => options.UseSqlite(ConnectionString).AddInterceptors(SqliteBusy),
        };
    }

    // Not inlined: to inline a call the JIT resolves the callee's own calls, and resolving UseNpgsql loads
    // Npgsql's EF Core provider into every service on SQLite (seen with an assembly-load hook), a module the
    // process then maps for its lifetime (issue 9's idle-memory budget).
    [MethodImpl(MethodImplOptions.NoInlining)]
    private DbContextOptionsBuilder UseNpgsql(DbContextOptionsBuilder options) => options.UseNpgsql(ConnectionString);

    private static bool LooksLikeNpgsql(string connectionString) =>
        connectionString.Contains("Host=", StringComparison.OrdinalIgnoreCase)
        || connectionString.StartsWith("postgres", StringComparison.OrdinalIgnoreCase);
}
