using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using LandPlatform.Testing;
using TempDirectory = LandPlatform.Testing.TempDirectory;

namespace LandPlatform.AppHost.Tests;

/// <summary>The real AppHost (Program.cs) under Aspire's testing builder, every resource healthy.</summary>
public sealed class TestPlatform : IAsyncLifetime
{
    private readonly TempDirectory _data = TempDirectory.Create("lp-apphost-");

    public DistributedApplication App { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.AppHost>(["--http-port", "0", "--data", _data.Path]);
        App = await builder.BuildAsync();
        // Start-up speed is the benchmark's business (scripts/bench-startup.sh); here a start only has to finish. On a
        // shared 2-core machine (load average 50–65 beside other builds and browsers) five minutes was not enough once.
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(15));
        await App.StartAsync(timeout.Token);
        await App.ResourceNotifications.WaitForResourceHealthyAsync("gateway", timeout.Token);
    }

    public async Task DisposeAsync()
    {
        await App.DisposeAsync();
        _data.Dispose();
    }

    public CustomResourceSnapshot Snapshot(string resource)
    {
        Assert.True(App.ResourceNotifications.TryGetCurrentState(resource, out var state), $"{resource} has no state");
        return state.Snapshot;
    }

    public string? Environment(string resource, string name) =>
        Snapshot(resource).EnvironmentVariables.SingleOrDefault(v => v.Name == name)?.Value;

    public static int Pid(CustomResourceSnapshot snapshot) =>
        Convert.ToInt32(snapshot.Properties.Single(p => p.Name == "executable.pid").Value, System.Globalization.CultureInfo.InvariantCulture);
}

[CollectionDefinition(Name)]
public sealed class TestPlatformCollection : ICollectionFixture<TestPlatform>
{
    public const string Name = "AppHost under the testing builder";
}
