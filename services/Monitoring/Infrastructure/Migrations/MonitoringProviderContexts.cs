using LandPlatform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace LandPlatform.Monitoring.Infrastructure.Migrations;

// EF Core migrations are provider-specific: one context type per provider, each owning its migration set
// (Migrations/Sqlite, Migrations/PostgreSql). The service injects MonitoringDbContext; AddServiceDatabase
// registers the one for the configured provider. To add a migration for both: scripts/add-migration.sh monitoring <Name>.

/// <summary>The monitoring database on SQLite (the default, a file under the data folder).</summary>
public sealed class SqliteMonitoringDbContext(DbContextOptions<SqliteMonitoringDbContext> options) : MonitoringDbContext(options);

/// <summary>The monitoring database on PostgreSQL.</summary>
public sealed class PostgresMonitoringDbContext(DbContextOptions<PostgresMonitoringDbContext> options) : MonitoringDbContext(options);

/// <summary>Builds <see cref="SqliteMonitoringDbContext"/> for <c>dotnet ef</c>.</summary>
public sealed class SqliteMonitoringDbContextFactory()
    : MigrationsDesignTimeFactory<SqliteMonitoringDbContext>(DatabaseProvider.Sqlite, options => new(options));

/// <summary>Builds <see cref="PostgresMonitoringDbContext"/> for <c>dotnet ef</c>.</summary>
public sealed class PostgresMonitoringDbContextFactory()
    : MigrationsDesignTimeFactory<PostgresMonitoringDbContext>(DatabaseProvider.PostgreSql, options => new(options));
