using LandPlatform.Persistence.Tests.Support;
using LandPlatform.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;

namespace LandPlatform.Persistence.Tests.Migrations;

/// <summary>
/// The start-up migrator on a model with a history (Support/TestModels.cs: Initial, then AddArea), on SQLite and
/// PostgreSQL: upgrades keep data, restarts and simultaneous starts apply each migration once, and a migration
/// lock left by a killed process does not block the next start.
/// </summary>
public sealed class MigrationStartupTests : IAsyncDisposable
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(60);
    private readonly TempDirectory _data = TempDirectory.Create("lp-mig-");
    private readonly Postgres _postgres = new();

    public async ValueTask DisposeAsync()
    {
        await _postgres.DisposeAsync();
        _data.Dispose();
    }

    [Fact]
    public async Task BeforeStartUpTheDatabaseIsNotReady()
    {
        using var host = ServiceHost.Parcels(_data.Path);

        var health = await ServiceHost.DatabaseHealthAsync(host);

        Assert.Equal(HealthStatus.Unhealthy, health.Status);
        Assert.False(host.Services.GetRequiredService<SchemaState<ParcelsDb>>().IsReady);
    }

    [Theory]
    [MemberData(nameof(Postgres.Providers), MemberType = typeof(Postgres))]
    public async Task WhatBuildingBlocksConfigureForTheServiceContextReachesTheProviderContext(string provider)
    {
        // The outbox and the audit trail add their interceptors with ConfigureDbContext<TheServiceContext>.
        var interceptor = new MarkerInterceptor();
        using var host = ServiceHost.Parcels(
            _data.Path,
            services => services.ConfigureDbContext<ParcelsDb>((_, options) => options.AddInterceptors(interceptor)),
            Settings(provider));
        await using var scope = host.Services.CreateAsyncScope();

        var db = scope.ServiceProvider.GetRequiredService<ParcelsDb>();

        Assert.IsType(provider == "postgres" ? typeof(PostgresParcelsDb) : typeof(SqliteParcelsDb), db);
        Assert.Contains(interceptor, db.GetService<IDbContextOptions>().FindExtension<CoreOptionsExtension>()!.Interceptors!);
    }

    [Fact]
    public async Task StartUpLeavesTheModelAgainstSnapshotCheckToTheMigrationTests()
    {
        // Left on, Migrate() builds the design-time model, the snapshot's model and the differ at every start.
        using var host = ServiceHost.Parcels(_data.Path);
        await using var scope = host.Services.CreateAsyncScope();

        var db = scope.ServiceProvider.GetRequiredService<ParcelsDb>();
        var warnings = db.GetService<IDbContextOptions>().FindExtension<CoreOptionsExtension>()!.WarningsConfiguration;

        Assert.Equal(WarningBehavior.Ignore, warnings.GetBehavior(RelationalEventId.PendingModelChangesWarning));
    }

    private sealed class MarkerInterceptor : Microsoft.EntityFrameworkCore.Diagnostics.SaveChangesInterceptor;

    [Theory]
    [MemberData(nameof(Postgres.Providers), MemberType = typeof(Postgres))]
    public async Task ADatabaseAtThePreviousMigrationIsUpgradedWithItsData(string provider)
    {
        var settings = Settings(provider);
        await using (var db = Context(provider, settings))
        {
            var migrations = db.Database.GetMigrations().ToList();
            Assert.Equal(2, migrations.Count);
            await db.GetService<IMigrator>().MigrateAsync(migrations[0]);
            // The model already has Area; the table at Initial does not, so the rows go in as plain SQL.
            await db.Database.ExecuteSqlRawAsync("INSERT INTO parcels (\"Name\") VALUES ('Binhai 7'), ('Lingang 3')");
        }

        using var host = ServiceHost.Parcels(_data.Path, settings);
        await host.StartAsync();

        Assert.Equal(HealthStatus.Healthy, (await ServiceHost.DatabaseHealthAsync(host)).Status);
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ParcelsDb>();
            Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync());
            var parcels = await db.Parcels.OrderBy(p => p.Id).Select(p => new { p.Name, p.Area }).ToListAsync();
            Assert.Equal([new { Name = "Binhai 7", Area = 0m }, new { Name = "Lingang 3", Area = 0m }], parcels);
            db.Parcels.Add(new Parcel { Name = "new", Area = 12.5m });
            await db.SaveChangesAsync();
        }

        await host.StopAsync();
    }

    [Theory]
    [MemberData(nameof(Postgres.Providers), MemberType = typeof(Postgres))]
    public async Task TwoInstancesStartingTogetherApplyEachMigrationOnce(string provider)
    {
        var settings = Settings(provider);
        using var first = ServiceHost.Parcels(_data.Path, settings);
        using var second = ServiceHost.Parcels(_data.Path, settings);
        using var deadline = new CancellationTokenSource(Deadline);

        await Task.WhenAll(first.StartAsync(deadline.Token), second.StartAsync(deadline.Token));

        Assert.Equal(HealthStatus.Healthy, (await ServiceHost.DatabaseHealthAsync(first)).Status);
        Assert.Equal(HealthStatus.Healthy, (await ServiceHost.DatabaseHealthAsync(second)).Status);
        await using var db = Context(provider, settings);
        Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync());
        await Task.WhenAll(first.StopAsync(), second.StopAsync());
    }

    [Fact]
    public async Task ARestartAppliesNothingAgainAndKeepsTheData()
    {
        using (var first = ServiceHost.Parcels(_data.Path))
        {
            await first.StartAsync();
            await using var scope = first.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<ParcelsDb>();
            db.Parcels.Add(new Parcel { Name = "kept" });
            await db.SaveChangesAsync();
            await first.StopAsync();
        }

        using var second = ServiceHost.Parcels(_data.Path);
        await second.StartAsync();

        await using (var scope = second.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ParcelsDb>();
            Assert.Equal("kept", (await db.Parcels.SingleAsync()).Name);
            Assert.Equal(2, (await db.Database.GetAppliedMigrationsAsync()).Count());
        }

        await second.StopAsync();
    }

    [Fact]
    public async Task ASqliteMigrationLockLeftByAKilledProcessDoesNotBlockTheNextStart()
    {
        await using (var db = Context("sqlite", Settings("sqlite")))
        {
            await db.GetService<IMigrator>().MigrateAsync(db.Database.GetMigrations().First());
        }

        // What EF Core's SQLite lock leaves when its holder dies mid-migration: the row, in its own table.
        await using (var connection = new SqliteConnection($"Data Source={ServiceHost.DatabaseFile(_data.Path)};Pooling=False"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = """
                CREATE TABLE IF NOT EXISTS "__EFMigrationsLock" ("Id" INTEGER NOT NULL CONSTRAINT "PK___EFMigrationsLock" PRIMARY KEY, "Timestamp" TEXT NOT NULL);
                INSERT INTO "__EFMigrationsLock" ("Id", "Timestamp") VALUES (1, '2026-12-01 00:00:00');
                """;
            await command.ExecuteNonQueryAsync();
        }

        using var host = ServiceHost.Parcels(_data.Path);
        using var deadline = new CancellationTokenSource(Deadline);
        await host.StartAsync(deadline.Token);

        await using var scope = host.Services.CreateAsyncScope();
        var migrated = scope.ServiceProvider.GetRequiredService<ParcelsDb>();
        Assert.Equal(migrated.Database.GetMigrations(), await migrated.Database.GetAppliedMigrationsAsync());
        await host.StopAsync();
    }

    private (string Key, string Value)[] Settings(string provider) =>
        provider == "postgres"
            ? [("ConnectionStrings:parcelsdb", _postgres.NewDatabase())]
            : [("ConnectionStrings:parcelsdb", $"Data Source={ServiceHost.DatabaseFile(_data.Path)}")];

    private static ParcelsDb Context(string provider, (string Key, string Value)[] settings)
    {
        ParcelsDb db = provider == "postgres"
            ? new PostgresParcelsDbFactory().CreateDbContext([])
            : new SqliteParcelsDbFactory().CreateDbContext([]);
        db.Database.SetConnectionString(settings.Single().Value);
        return db;
    }
}
