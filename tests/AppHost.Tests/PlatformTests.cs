using Aspire.Hosting.ApplicationModel;
using LandPlatform.Testing.Platform;

namespace LandPlatform.AppHost.Tests;

[Collection(TestPlatformCollection.Name)]
public sealed class PlatformTests(TestPlatform platform)
{
    [Fact]
    public void AServiceGetsTheBrokerItsGrpcPeerItsIdentityAndItsOwnDatabase()
    {
        Assert.StartsWith("amqp://guest:guest@localhost:", platform.Environment("admission", "ConnectionStrings__bus"), StringComparison.Ordinal);
        Assert.StartsWith("http://localhost:", platform.Environment("admission", "services__credit__grpc__0"), StringComparison.Ordinal);
        Assert.Equal("Http2", platform.Environment("credit", "Kestrel__Endpoints__grpc__Protocols"));
        Assert.Null(platform.Environment("credit", "ASPNETCORE_URLS"));
        Assert.EndsWith("credit.db", platform.Environment("credit", "ConnectionStrings__creditdb"), StringComparison.Ordinal);
        Assert.Equal("credit", platform.Environment("credit", "Identity__ClientId"));
        var secret = platform.Environment("credit", "Identity__ClientSecret");
        Assert.False(string.IsNullOrEmpty(secret));
        Assert.Equal(secret, platform.Environment("identity", "Clients__credit__Secret"));
        Assert.NotEqual(secret, platform.Environment("admission", "Identity__ClientSecret"));
        Assert.Equal(platform.Environment("admission", "services__identity__http__0"), platform.Environment("identity", "Issuer__Url"));
        Assert.Equal("400000", platform.Environment("credit", "DOTNET_GCgen0size"));
    }

    /// <summary>The built assembly runs directly: no `dotnet run` wrapper process sits between DCP and the service.</summary>
    [Fact]
    public void AServiceRunsAsItsBuiltAssembly()
    {
        var pid = TestPlatform.Pid(platform.Snapshot("pricing"));

        var commandLine = File.ReadAllText($"/proc/{pid}/cmdline").Split('\0', StringSplitOptions.RemoveEmptyEntries);

        Assert.EndsWith("LandPlatform.Pricing.dll", commandLine[^1], StringComparison.Ordinal);
        Assert.DoesNotContain("run", commandLine);
    }

    /// <summary>
    /// A service on SQLite (the default) does not load PostgreSQL's provider: a module once loaded stays mapped for
    /// the process's lifetime, against issue 9's idle-memory budget. Provider checks by EF's <c>IsNpgsql()</c>, or a
    /// call to <c>UseNpgsql</c> the JIT inlined, loaded it into all six.
    /// </summary>
    [Theory]
    [InlineData("admission")]
    [InlineData("pricing")]
    [InlineData("contracts")]
    [InlineData("monitoring")]
    [InlineData("credit")]
    [InlineData("reporting")]
    public void AServiceOnSqliteLoadsNoPostgreSqlProvider(string service)
    {
        var pid = TestPlatform.Pid(platform.Snapshot(service));

        var modules = File.ReadLines($"/proc/{pid}/maps").Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1]).ToHashSet();

        Assert.Contains(modules, m => m.EndsWith("/Microsoft.EntityFrameworkCore.Sqlite.dll", StringComparison.Ordinal));
        Assert.DoesNotContain(modules, m => m.Contains("/Npgsql", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AServiceKilledWithSigkillIsStartedAgainAndCounted()
    {
        var before = TestPlatform.Pid(platform.Snapshot("contracts"));

        AppHostProcess.Signal("KILL", before);

        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        var restarted = await platform.App.ResourceNotifications.WaitForResourceAsync("contracts", e =>
            e.Snapshot.HealthStatus == Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus.Healthy
            && e.Snapshot.State?.Text == KnownResourceStates.Running
            && e.Snapshot.Properties.Any(p => p.Name == "executable.pid" && Convert.ToInt32(p.Value, System.Globalization.CultureInfo.InvariantCulture) != before),
            timeout.Token);
        Assert.True(ProcessTree.IsAlive(TestPlatform.Pid(restarted.Snapshot)));
        Assert.Contains(platform.Snapshot("contracts").Properties, p => p.Name == "restarts" && Convert.ToInt32(p.Value, System.Globalization.CultureInfo.InvariantCulture) >= 1);
    }
}
