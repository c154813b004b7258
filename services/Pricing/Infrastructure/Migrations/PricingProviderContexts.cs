using LandPlatform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace LandPlatform.Pricing.Infrastructure.Migrations;

// EF Core migrations are provider-specific: one context type per provider, each owning its migration set
// (Migrations/Sqlite, Migrations/PostgreSql). The service injects PricingDbContext; AddServiceDatabase
// registers the one for the configured provider. To add a migration for both: scripts/add-migration.sh pricing <Name>.

/// <summary>The pricing database on SQLite (the default, a file under the data folder).</summary>
public sealed class SqlitePricingDbContext(DbContextOptions<SqlitePricingDbContext> options) : PricingDbContext(options);

/// <summary>The pricing database on PostgreSQL.</summary>
public sealed class PostgresPricingDbContext(DbContextOptions<PostgresPricingDbContext> options) : PricingDbContext(options);

/// <summary>Builds <see cref="SqlitePricingDbContext"/> for <c>dotnet ef</c>.</summary>
public sealed class SqlitePricingDbContextFactory()
    : MigrationsDesignTimeFactory<SqlitePricingDbContext>(DatabaseProvider.Sqlite, options => new(options));

/// <summary>Builds <see cref="PostgresPricingDbContext"/> for <c>dotnet ef</c>.</summary>
public sealed class PostgresPricingDbContextFactory()
    : MigrationsDesignTimeFactory<PostgresPricingDbContext>(DatabaseProvider.PostgreSql, options => new(options));
