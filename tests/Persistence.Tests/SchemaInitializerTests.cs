using LandPlatform.Persistence.Tests.Support;
using LandPlatform.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;

namespace LandPlatform.Persistence.Tests;

/// <summary>Start-up brings an empty database to the declared schema and refuses one it does not know.</summary>
public sealed class SchemaInitializerTests : IDisposable
{
    private readonly TempDirectory _data = TempDirectory.Create("lp-persist-");

    public void Dispose() => _data.Dispose();

    [Fact]
    public async Task AnEmptyDatabaseGetsTheSchemaAndOneHistoryRowAtStartUp()
    {
        using var host = ServiceHost.Build<ParcelsV1>(_data.Path);
        await host.StartAsync();

        await using (var scope = host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ParcelsV1>();
            db.Parcels.Add(new Parcel { Name = "Binhai 7" });
            await db.SaveChangesAsync();
            Assert.Equal("Binhai 7", (await db.Parcels.SingleAsync()).Name);

            var expectedHash = SchemaScript.Hash(SchemaScript.Generate(db));
            var history = await ServiceHost.HistoryAsync(_data.Path);
            Assert.Equal([(1L, expectedHash)], history);
        }

        Assert.Equal(HealthStatus.Healthy, (await ServiceHost.DatabaseHealthAsync(host)).Status);
        await host.StopAsync();
    }

    [Fact]
    public async Task ARestartWithTheSameModelIsAcceptedAndKeepsTheData()
    {
        using (var first = ServiceHost.Build<ParcelsV1>(_data.Path))
        {
            await first.StartAsync();
            await using var scope = first.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<ParcelsV1>();
            db.Parcels.Add(new Parcel { Name = "kept" });
            await db.SaveChangesAsync();
            await first.StopAsync();
        }

        using var second = ServiceHost.Build<ParcelsV1>(_data.Path);
        await second.StartAsync();

        Assert.Equal(HealthStatus.Healthy, (await ServiceHost.DatabaseHealthAsync(second)).Status);
        await using (var scope = second.Services.CreateAsyncScope())
        {
            Assert.Equal("kept", (await scope.ServiceProvider.GetRequiredService<ParcelsV1>().Parcels.SingleAsync()).Name);
        }

        Assert.Single(await ServiceHost.HistoryAsync(_data.Path));
        await second.StopAsync();
    }

    [Fact]
    public async Task AModelChangedWithoutAVersionChangeIsRefusedAndReportedUnhealthy()
    {
        Assert.Null(await ServiceHost.StartAndStopAsync<ParcelsV1>(_data.Path));

        using var host = ServiceHost.Build<ParcelsV1Changed>(_data.Path);
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => host.StartAsync());

        Assert.Contains("changed without a schema version change", error.Message, StringComparison.Ordinal);
        Assert.Contains(nameof(ParcelsV1Changed), error.Message, StringComparison.Ordinal);
        var health = await ServiceHost.DatabaseHealthAsync(host);
        Assert.Equal(HealthStatus.Unhealthy, health.Status);
        Assert.Contains("changed without a schema version change", health.Description, StringComparison.Ordinal);
        // Nothing was touched: the database is still at version 1 with the old fingerprint.
        Assert.Single(await ServiceHost.HistoryAsync(_data.Path));
    }

    [Fact]
    public async Task ADatabaseAtAnOlderVersionIsRefusedWithTheUpgradeMessage()
    {
        Assert.Null(await ServiceHost.StartAndStopAsync<ParcelsV1>(_data.Path));

        using var host = ServiceHost.Build<ParcelsV2>(_data.Path);
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => host.StartAsync());

        Assert.Contains("schema version 1 but this build expects 2", error.Message, StringComparison.Ordinal);
        Assert.Contains("upgrade script", error.Message, StringComparison.Ordinal);
        Assert.Equal(HealthStatus.Unhealthy, (await ServiceHost.DatabaseHealthAsync(host)).Status);
        Assert.Equal([1L], (await ServiceHost.HistoryAsync(_data.Path)).Select(r => r.Version));
    }

    [Fact]
    public async Task ADatabaseNewerThanTheBuildIsRefusedWithoutAdvisingAnUpgrade()
    {
        Assert.Null(await ServiceHost.StartAndStopAsync<ParcelsV2>(_data.Path));

        var error = await ServiceHost.StartAndStopAsync<ParcelsV1>(_data.Path);

        var refused = Assert.IsType<InvalidOperationException>(error);
        Assert.Contains("schema version 2 but this build expects 1", refused.Message, StringComparison.Ordinal);
        Assert.Contains("newer", refused.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("upgrade script", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ADbContextWithoutASchemaVersionFailsStartUpNamingIt()
    {
        using var host = ServiceHost.Build<Unversioned>(_data.Path);
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => host.StartAsync());

        Assert.Contains($"{nameof(Unversioned)} has no [SchemaVersion]", error.Message, StringComparison.Ordinal);
        Assert.Equal(HealthStatus.Unhealthy, (await ServiceHost.DatabaseHealthAsync(host)).Status);
    }

    [Fact]
    public async Task BeforeStartUpTheDatabaseIsNotReady()
    {
        using var host = ServiceHost.Build<ParcelsV1>(_data.Path);

        var health = await ServiceHost.DatabaseHealthAsync(host);

        Assert.Equal(HealthStatus.Unhealthy, health.Status);
        Assert.False(host.Services.GetRequiredService<SchemaState<ParcelsV1>>().IsReady);
    }
}
