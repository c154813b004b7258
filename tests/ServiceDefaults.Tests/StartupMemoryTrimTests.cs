using LandPlatform.ServiceDefaults.Memory;
using LandPlatform.ServiceDefaults.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace LandPlatform.ServiceDefaults.Tests;

/// <summary>Every service collects its start-up garbage once, after it has started, and only then.</summary>
public sealed class StartupMemoryTrimTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task AStartedServiceRunsOneFullCompactingCollectionAfterTheDelay()
    {
        await using var app = await DefaultsApp.StartAsync("Production", "--Memory:TrimDelay=00:00:00.200");
        var trim = app.App.Services.GetRequiredService<StartupMemoryTrim>();

        var result = await trim.Completion.WaitAsync(Patience);

        Assert.True(result.FullCollections >= 1, "the trim is a gen2 collection");
        Assert.True(result.CommittedAfter > 0);
        Assert.True(result.WorkingSetBefore > 0 && result.WorkingSetAfter > 0);
        Assert.Contains(app.App.Services.GetServices<IHostedService>(), s => ReferenceEquals(s, trim));
    }

    [Fact]
    public async Task NothingIsCollectedBeforeTheDelayHasPassedAndStoppingCancelsIt()
    {
        var app = await DefaultsApp.StartAsync("Production", "--Memory:TrimDelay=01:00:00");
        var trim = app.App.Services.GetRequiredService<StartupMemoryTrim>();

        await Task.Delay(TimeSpan.FromMilliseconds(300));
        Assert.False(trim.Completion.IsCompleted);

        await app.DisposeAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => trim.Completion.WaitAsync(Patience));
    }

    [Fact]
    public async Task ItCanBeSwitchedOffByConfiguration()
    {
        await using var app = await DefaultsApp.StartAsync("Production", "--Memory:TrimAfterStartup=false");

        Assert.Null(app.App.Services.GetService<StartupMemoryTrim>());
    }
}
