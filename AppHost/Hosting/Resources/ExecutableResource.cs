using LandPlatform.AppHost.Hosting.Processes;
using Microsoft.Extensions.Logging;

namespace LandPlatform.AppHost.Hosting.Resources;

/// <summary>
/// A process the AppHost starts, watches and stops. Everything a run needs (ports, environment,
/// dependencies) is decided before the first process starts, so the graph can be checked up front.
/// </summary>
public class ExecutableResource(string name, string command, IEnumerable<string> args, string workingDirectory) : IResource
{
    public string Name { get; } = name;

    public string Command { get; protected set; } = command;

    public List<string> Args { get; } = [.. args];

    public string WorkingDirectory { get; } = workingDirectory;

    /// <summary>Variables set with <c>WithEnvironment</c>; they win over defaults and references.</summary>
    public Dictionary<string, string> Environment { get; } = new(StringComparer.Ordinal);

    public List<EndpointAnnotation> Endpoints { get; } = [];

    /// <summary>Resources whose address or connection string this one receives.</summary>
    public List<IResource> References { get; } = [];

    /// <summary>Resources that must be healthy before this one starts (and that stop after it).</summary>
    public List<IResource> WaitsFor { get; } = [];

    public IHealthCheck? HealthCheck { get; set; }

    /// <summary>Readiness path on the "http" endpoint; turned into <see cref="HealthCheck"/> by Build().</summary>
    public string? HttpHealthCheckPath { get; set; }

    public RestartPolicy RestartPolicy { get; set; } = RestartPolicy.Default;

    /// <summary>How long one start attempt may take to become healthy.</summary>
    public TimeSpan StartupTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>What an operator should know once the platform is up (printed under the status table).</summary>
    public List<string> StartupNotes { get; } = [];

    /// <summary>How long a graceful stop may take before the process tree is killed.</summary>
    public TimeSpan StopGracePeriod { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>The final environment, resolved by <c>Build()</c> once every port is known.</summary>
    public IReadOnlyDictionary<string, string> ResolvedEnvironment { get; internal set; } =
        new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>Addresses shown in the status table.</summary>
    public virtual IEnumerable<string> DisplayUrls => Endpoints.Select(e => e.Name == "http" ? e.Url : $"{e.Name}={e.Url}");

    /// <summary>Variables this kind of resource always gets (before references and overrides).</summary>
    protected internal virtual void AddDefaultEnvironment(IDictionary<string, string> environment, DistributedApplicationOptions options)
    {
    }

    /// <summary>Problems that would make the start fail, reported all at once before anything starts.</summary>
    protected internal virtual IEnumerable<string> Validate() => [];

    /// <summary>Work done once before the first start (folders, permissions).</summary>
    protected internal virtual Task PrepareAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>
    /// Asks the process to stop. SIGTERM, not SIGKILL: ASP.NET Core then runs its shutdown
    /// (draining requests, flushing telemetry exporters).
    /// </summary>
    protected internal virtual Task RequestStopAsync(int processId, CancellationToken cancellationToken)
    {
        ProcessSignals.Terminate(processId);
        return Task.CompletedTask;
    }

    /// <summary>Removes anything that outlived the process tree (e.g. daemonised children).</summary>
    protected internal virtual Task CleanupAsync(ILogger logger, CancellationToken cancellationToken) => Task.CompletedTask;
}
