using LandPlatform.AppHost.Hosting;

namespace LandPlatform.AppHost.Tests;

/// <summary>Options for a run rooted at this repository, with a throw-away data folder and a controlled environment.</summary>
internal static class TestOptions
{
    public static string RepositoryRoot { get; } = RepositoryLocator.FindRoot(AppContext.BaseDirectory);

    public static DistributedApplicationOptions Create(IReadOnlyDictionary<string, string>? environment = null, int gatewayPort = 0)
    {
        var runId = $"test-{Guid.NewGuid():N}"[..17];
        return new DistributedApplicationOptions
        {
            RepositoryRoot = RepositoryRoot,
            DataDirectory = Path.Combine(Path.GetTempPath(), "landplatform-apphost-tests", runId),
            RunId = runId,
            GatewayHttpPort = gatewayPort,
            HostEnvironment = environment ?? new Dictionary<string, string>(),
        };
    }
}
