using LandPlatform.Messaging.Inbox;
using LandPlatform.Persistence.Tests.Support;
using LandPlatform.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;

namespace LandPlatform.Persistence.Tests.Migrations;

/// <summary>
/// Every service's migrations, on SQLite and PostgreSQL: they capture the whole model, a fresh database is
/// migrated at start-up before the service reports ready, and a database made by the old schema gate is
/// adopted with its data.
/// </summary>
public sealed class ServiceMigrationTests : IAsyncDisposable
{
    private readonly TempDirectory _data = TempDirectory.Create("lp-mig-");
    private readonly Postgres _postgres = new();

    public async ValueTask DisposeAsync()
    {
        await _postgres.DisposeAsync();
        _data.Dispose();
    }

    [Theory]
    [MemberData(nameof(ServiceDatabase.Names), MemberType = typeof(ServiceDatabase))]
    public void TheSqliteMigrationsCaptureTheWholeModel(string service) => AssertNoPendingModelChanges(service, "sqlite");

    [Theory]
    [MemberData(nameof(ServiceDatabase.Names), MemberType = typeof(ServiceDatabase))]
    public void ThePostgreSqlMigrationsCaptureTheWholeModel(string service) => AssertNoPendingModelChanges(service, "postgres");

    private static void AssertNoPendingModelChanges(string service, string provider)
    {
        using var db = ServiceDatabase.Named(service).DesignTime(provider);

        Assert.NotEmpty(db.Database.GetMigrations());
        Assert.False(
            db.Database.HasPendingModelChanges(),
            $"The {service} model has changes no {provider} migration captures: run scripts/add-migration.sh {service} <Name>.");
    }

    [Theory]
    [MemberData(nameof(ServiceDatabase.NamesOnProviders), MemberType = typeof(ServiceDatabase))]
    public async Task StartUpMigratesAFreshDatabaseBeforeReportingReady(string service, string provider)
    {
        var database = ServiceDatabase.Named(service);
        using var host = database.Host(_data.Path, Settings(service, provider));
        Assert.Equal(HealthStatus.Unhealthy, (await ServiceHost.DatabaseHealthAsync(host, service)).Status);

        await host.StartAsync();

        Assert.Equal(HealthStatus.Healthy, (await ServiceHost.DatabaseHealthAsync(host, service)).Status);
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var db = (DbContext)scope.ServiceProvider.GetRequiredService(database.Context);
            Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync());
            var message = Guid.NewGuid();
            db.Add(new InboxMessage { MessageId = message, Consumer = "test", ProcessedAt = DateTimeOffset.UtcNow });
            await db.SaveChangesAsync();
            Assert.Equal("test", (await db.Set<InboxMessage>().SingleAsync(m => m.MessageId == message)).Consumer);
        }

        await host.StopAsync();
    }

    [Theory]
    [MemberData(nameof(ServiceDatabase.NamesOnProviders), MemberType = typeof(ServiceDatabase))]
    public async Task ADatabaseMadeByTheSchemaGateIsAdoptedWithItsData(string service, string provider)
    {
        var database = ServiceDatabase.Named(service);
        var settings = Settings(service, provider);
        var message = Guid.NewGuid();
        await using (var gateMade = await GateMade.CreateAsync(database, provider, settings))
        {
            gateMade.Add(new InboxMessage { MessageId = message, Consumer = "before", ProcessedAt = DateTimeOffset.UnixEpoch });
            await gateMade.SaveChangesAsync();
        }

        using var host = database.Host(_data.Path, settings);
        await host.StartAsync();

        Assert.Equal(HealthStatus.Healthy, (await ServiceHost.DatabaseHealthAsync(host, service)).Status);
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var db = (DbContext)scope.ServiceProvider.GetRequiredService(database.Context);
            var applied = (await db.Database.GetAppliedMigrationsAsync()).ToList();
            Assert.Equal(db.Database.GetMigrations(), applied);
            Assert.EndsWith("_Initial", applied[0], StringComparison.Ordinal);
            var kept = await db.Set<InboxMessage>().SingleAsync();
            Assert.Equal((message, "before", DateTimeOffset.UnixEpoch), (kept.MessageId, kept.Consumer, kept.ProcessedAt));
        }

        await host.StopAsync();

        // A restart finds the history EF keeps and adopts nothing twice.
        using var again = database.Host(_data.Path, settings);
        await again.StartAsync();
        Assert.Equal(HealthStatus.Healthy, (await ServiceHost.DatabaseHealthAsync(again, service)).Status);
        await again.StopAsync();
    }

    [Theory]
    [MemberData(nameof(Postgres.Providers), MemberType = typeof(Postgres))]
    public async Task AGateMadeDatabaseThatDoesNotMatchInitialIsRefusedAndLeftAlone(string provider)
    {
        var database = ServiceDatabase.Named("admission");
        var settings = Settings("admission", provider);
        await using (var gateMade = await GateMade.CreateAsync(database, provider, settings))
        {
            await gateMade.Database.ExecuteSqlRawAsync("ALTER TABLE \"applications\" DROP COLUMN \"RefusalReason\"");
            await gateMade.Database.ExecuteSqlRawAsync("CREATE TABLE \"notes\" (\"Id\" INTEGER NOT NULL PRIMARY KEY)");
        }

        using var host = database.Host(_data.Path, settings);
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => host.StartAsync());

        Assert.Contains("made by the schema gate", error.Message, StringComparison.Ordinal);
        Assert.Contains("column applications.RefusalReason is missing", error.Message, StringComparison.Ordinal);
        Assert.Contains("table notes is not in", error.Message, StringComparison.Ordinal);
        var health = await ServiceHost.DatabaseHealthAsync(host, "admission");
        Assert.Equal(HealthStatus.Unhealthy, health.Status);
        Assert.Contains("does not match migration", health.Description, StringComparison.Ordinal);
        await using var db = database.Create(provider);
        db.Database.SetConnectionString(ConnectionString(settings));
        Assert.Empty(await db.Database.GetAppliedMigrationsAsync());
    }

    [Fact]
    public async Task AGateMadeDatabaseAtAnotherVersionIsRefused()
    {
        var database = ServiceDatabase.Named("credit");
        var settings = Settings("credit", "sqlite");
        await using (var gateMade = await GateMade.CreateAsync(database, "sqlite", settings))
        {
            await gateMade.Database.ExecuteSqlRawAsync("INSERT INTO __schema_history (version, model_hash, applied_at) VALUES (2, 'x', 'y')");
        }

        using var host = database.Host(_data.Path, settings);
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => host.StartAsync());

        Assert.Contains("schema gate at version 2", error.Message, StringComparison.Ordinal);
    }

    private (string Key, string Value)[] Settings(string service, string provider) =>
        provider == "postgres"
            ? [($"ConnectionStrings:{service}db", _postgres.NewDatabase())]
            : [($"ConnectionStrings:{service}db", $"Data Source={ServiceHost.DatabaseFile(_data.Path, service)}")];

    private static string ConnectionString((string Key, string Value)[] settings) => settings.Single().Value;
}
