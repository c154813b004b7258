using LandPlatform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace LandPlatform.Reporting.Infrastructure.Migrations;

// EF Core migrations are provider-specific: one context type per provider, each owning its migration set
// (Migrations/Sqlite, Migrations/PostgreSql). To add a migration for both: scripts/add-migration.sh reporting <Name>.

/// <summary>The reporting database on SQLite (the default, a file under the data folder).</summary>
public sealed class SqliteReportingDbContext(DbContextOptions<SqliteReportingDbContext> options) : ReportingDbContext(options);

/// <summary>The reporting database on PostgreSQL.</summary>
public sealed class PostgresReportingDbContext(DbContextOptions<PostgresReportingDbContext> options) : ReportingDbContext(options);

/// <summary>Builds <see cref="SqliteReportingDbContext"/> for <c>dotnet ef</c>.</summary>
public sealed class SqliteReportingDbContextFactory()
    : MigrationsDesignTimeFactory<SqliteReportingDbContext>(DatabaseProvider.Sqlite, options => new(options));

/// <summary>Builds <see cref="PostgresReportingDbContext"/> for <c>dotnet ef</c>.</summary>
public sealed class PostgresReportingDbContextFactory()
    : MigrationsDesignTimeFactory<PostgresReportingDbContext>(DatabaseProvider.PostgreSql, options => new(options));
