using Microsoft.EntityFrameworkCore;

namespace LandPlatform.Persistence.Tests.Support;

/// <summary>
/// A database as the schema gate left it in operators' data folders: the schema the gate created at its last
/// version (its DDL, recorded in GateMade/{service}.{provider}.sql — the gate ran exactly the model's
/// GenerateCreateScript) and its <c>__schema_history</c> table with the version-1 row.
/// </summary>
public static class GateMade
{
    /// <summary>Makes the database and returns the service's context on it (no migrations involved) for adding rows.</summary>
    public static async Task<DbContext> CreateAsync(ServiceDatabase service, string provider, (string Key, string Value)[] settings)
    {
        var connectionString = settings.Single().Value;
        if (provider == "postgres")
        {
            await Postgres.CreateAsync(connectionString);
        }

        var db = service.Create(provider);
        db.Database.SetConnectionString(connectionString);
        var ddl = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "GateMade", $"{service.Name}.{provider}.sql"));
        await db.Database.ExecuteSqlRawAsync(ddl);
        await db.Database.ExecuteSqlRawAsync(
            "CREATE TABLE __schema_history (version INTEGER NOT NULL PRIMARY KEY, model_hash VARCHAR(64) NOT NULL, applied_at VARCHAR(40) NOT NULL)");
        await db.Database.ExecuteSqlRawAsync(
            "INSERT INTO __schema_history (version, model_hash, applied_at) VALUES (1, '0000', '2026-11-01T00:00:00.0000000+00:00')");
        return db;
    }
}
