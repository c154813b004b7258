using LandPlatform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace LandPlatform.Credit.Infrastructure.Migrations;

// EF Core migrations are provider-specific: one context type per provider, each owning its migration set
// (Migrations/Sqlite, Migrations/PostgreSql). The service injects CreditDbContext; AddServiceDatabase
// registers the one for the configured provider. To add a migration for both: scripts/add-migration.sh credit <Name>.

/// <summary>The credit database on SQLite (the default, a file under the data folder).</summary>
public sealed class SqliteCreditDbContext(DbContextOptions<SqliteCreditDbContext> options) : CreditDbContext(options);

/// <summary>The credit database on PostgreSQL.</summary>
public sealed class PostgresCreditDbContext(DbContextOptions<PostgresCreditDbContext> options) : CreditDbContext(options);

/// <summary>Builds <see cref="SqliteCreditDbContext"/> for <c>dotnet ef</c>.</summary>
public sealed class SqliteCreditDbContextFactory()
    : MigrationsDesignTimeFactory<SqliteCreditDbContext>(DatabaseProvider.Sqlite, options => new(options));

/// <summary>Builds <see cref="PostgresCreditDbContext"/> for <c>dotnet ef</c>.</summary>
public sealed class PostgresCreditDbContextFactory()
    : MigrationsDesignTimeFactory<PostgresCreditDbContext>(DatabaseProvider.PostgreSql, options => new(options));
