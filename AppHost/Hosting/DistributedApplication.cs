using LandPlatform.AppHost.Hosting.Orchestration;
using LandPlatform.AppHost.Hosting.Resources;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace LandPlatform.AppHost.Hosting;

/// <summary>The built application: a generic host whose one hosted service runs the resource graph.</summary>
public sealed class DistributedApplication : IAsyncDisposable
{
    private readonly IHost _host;
    private readonly Orchestrator _orchestrator;
    private readonly OrchestratorHostedService _service;

    internal DistributedApplication(ResourceGraph graph, DistributedApplicationOptions options)
    {
        Graph = graph;
        Options = options;
        // No args for the host: ours are parsed by AppHostArguments, and "--persistent" without a
        // value would confuse the command-line configuration provider.
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = [], ContentRootPath = options.RepositoryRoot });
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(o =>
        {
            o.SingleLine = true;
            o.TimestampFormat = "HH:mm:ss ";
        });
        builder.Logging.AddFilter("Microsoft.Hosting.Lifetime", LogLevel.Warning);
        // Room for the reverse-order stop: up to 10 s grace per dependency level, broker last.
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromMinutes(2));
        var width = graph.Resources.Max(r => r.Name.Length);
        builder.Services.AddSingleton(sp => new Orchestrator(
            graph, options, ConsoleOutput.ForConsole(width), sp.GetRequiredService<ILoggerFactory>().CreateLogger("LandPlatform.AppHost"), TimeProvider.System));
        builder.Services.AddSingleton<OrchestratorHostedService>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<OrchestratorHostedService>());
        _host = builder.Build();
        _orchestrator = _host.Services.GetRequiredService<Orchestrator>();
        _service = _host.Services.GetRequiredService<OrchestratorHostedService>();
    }

    public DistributedApplicationOptions Options { get; }

    public ResourceGraph Graph { get; }

    /// <summary>Parses the command line (see <see cref="AppHostArguments.Usage"/>); prints usage and exits on a bad one.</summary>
    public static DistributedApplicationBuilder CreateBuilder(string[] args)
    {
        if (args.Contains("--help") || args.Contains("-h"))
        {
            Console.WriteLine(AppHostArguments.Usage);
            Environment.Exit(0);
        }

        try
        {
            var root = RepositoryLocator.FindRoot(AppContext.BaseDirectory);
            var options = AppHostArguments.Parse(args, DistributedApplicationOptions.SnapshotEnvironment(), root, DateTimeOffset.Now, Environment.ProcessId);
            return new DistributedApplicationBuilder(options);
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException)
        {
            Console.Error.WriteLine($"error: {ex.Message}");
            Console.Error.WriteLine(AppHostArguments.Usage);
            Environment.Exit(2);
            throw; // unreachable
        }
    }

    public static DistributedApplicationBuilder CreateBuilder(DistributedApplicationOptions options) => new(options);

    public IReadOnlyList<ResourceSnapshot> GetResources() => _orchestrator.Snapshot();

    public ResourceSnapshot GetResource(string name) =>
        _orchestrator.Snapshot().SingleOrDefault(r => r.Name == name) ?? throw new KeyNotFoundException(name);

    /// <summary>Runs until Ctrl+C or SIGTERM, then stops every resource in reverse dependency order.</summary>
    public void Run() => _host.Run();

    public Task RunAsync(CancellationToken cancellationToken = default) => _host.RunAsync(cancellationToken);

    /// <summary>Starts everything and returns once all resources are healthy; throws if start-up failed.</summary>
    public async Task StartAsync(CancellationToken cancellationToken = default)
    {
        await _host.StartAsync(cancellationToken).ConfigureAwait(false);
        await _service.Started.WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    public Task StopAsync(CancellationToken cancellationToken = default) => _host.StopAsync(cancellationToken);

    /// <summary>Stops whatever is still running (as Aspire's app does), so a failed test leaks no process.</summary>
    public async ValueTask DisposeAsync()
    {
        await _service.StopAsync(CancellationToken.None).ConfigureAwait(false);
        _host.Dispose();
    }
}
