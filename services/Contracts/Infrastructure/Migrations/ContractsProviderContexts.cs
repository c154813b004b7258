using LandPlatform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace LandPlatform.Contracts.Infrastructure.Migrations;

// EF Core migrations are provider-specific: one context type per provider, each owning its migration set
// (Migrations/Sqlite, Migrations/PostgreSql). The service injects ContractsDbContext; AddServiceDatabase
// registers the one for the configured provider. To add a migration for both: scripts/add-migration.sh contracts <Name>.

/// <summary>The contracts database on SQLite (the default, a file under the data folder).</summary>
public sealed class SqliteContractsDbContext(DbContextOptions<SqliteContractsDbContext> options) : ContractsDbContext(options);

/// <summary>The contracts database on PostgreSQL.</summary>
public sealed class PostgresContractsDbContext(DbContextOptions<PostgresContractsDbContext> options) : ContractsDbContext(options);

/// <summary>Builds <see cref="SqliteContractsDbContext"/> for <c>dotnet ef</c>.</summary>
public sealed class SqliteContractsDbContextFactory()
    : MigrationsDesignTimeFactory<SqliteContractsDbContext>(DatabaseProvider.Sqlite, options => new(options));

/// <summary>Builds <see cref="PostgresContractsDbContext"/> for <c>dotnet ef</c>.</summary>
public sealed class PostgresContractsDbContextFactory()
    : MigrationsDesignTimeFactory<PostgresContractsDbContext>(DatabaseProvider.PostgreSql, options => new(options));
