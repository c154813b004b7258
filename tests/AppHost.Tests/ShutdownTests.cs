using LandPlatform.Testing;
using LandPlatform.Testing.Platform;

namespace LandPlatform.AppHost.Tests;

/// <summary>The README's promise: Ctrl+C or SIGTERM to the AppHost leaves nothing running.</summary>
public sealed class ShutdownTests
{
    [Theory]
    [InlineData("TERM")]
    [InlineData("INT")]
    public async Task ASignalToTheAppHostStopsDcpTheDashboardTheBrokerAndEveryService(string signal)
    {
        using var data = TempDirectory.Create("lp-shutdown-");
        using var host = AppHostProcess.Start(["--http-port", "0", "--data", data.Path]);
        await host.WaitUntilHealthyAsync(TimeSpan.FromMinutes(5));
        var tree = ProcessTree.Of(host.Id);
        var commands = tree.Select(ProcessTree.Describe).ToList();
        Assert.Contains(commands, c => c.Contains("dcp start-apiserver", StringComparison.Ordinal));
        Assert.Contains(commands, c => c.Contains("Aspire.Dashboard", StringComparison.Ordinal));
        Assert.Contains(commands, c => c.Contains("beam.smp", StringComparison.Ordinal));
        Assert.Contains(commands, c => c.Contains("LandPlatform.Gateway.dll", StringComparison.Ordinal));

        AppHostProcess.Signal(signal, host.Id);

        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (tree.Any(ProcessTree.IsAlive) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(250);
        }

        Assert.Empty(tree.Where(ProcessTree.IsAlive).Select(ProcessTree.Describe));
    }
}
