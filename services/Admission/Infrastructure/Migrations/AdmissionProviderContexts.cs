using LandPlatform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace LandPlatform.Admission.Infrastructure.Migrations;

// EF Core migrations are provider-specific: one context type per provider, each owning its migration set
// (Migrations/Sqlite, Migrations/PostgreSql). The service injects AdmissionDbContext; AddServiceDatabase
// registers the one for the configured provider. To add a migration for both: scripts/add-migration.sh admission <Name>.

/// <summary>The admission database on SQLite (the default, a file under the data folder).</summary>
public sealed class SqliteAdmissionDbContext(DbContextOptions<SqliteAdmissionDbContext> options) : AdmissionDbContext(options);

/// <summary>The admission database on PostgreSQL.</summary>
public sealed class PostgresAdmissionDbContext(DbContextOptions<PostgresAdmissionDbContext> options) : AdmissionDbContext(options);

/// <summary>Builds <see cref="SqliteAdmissionDbContext"/> for <c>dotnet ef</c>.</summary>
public sealed class SqliteAdmissionDbContextFactory()
    : MigrationsDesignTimeFactory<SqliteAdmissionDbContext>(DatabaseProvider.Sqlite, options => new(options));

/// <summary>Builds <see cref="PostgresAdmissionDbContext"/> for <c>dotnet ef</c>.</summary>
public sealed class PostgresAdmissionDbContextFactory()
    : MigrationsDesignTimeFactory<PostgresAdmissionDbContext>(DatabaseProvider.PostgreSql, options => new(options));
