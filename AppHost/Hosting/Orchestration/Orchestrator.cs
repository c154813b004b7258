using System.Diagnostics;
using LandPlatform.AppHost.Hosting.Resources;
using Microsoft.Extensions.Logging;

namespace LandPlatform.AppHost.Hosting.Orchestration;

/// <summary>
/// Starts the graph health-gated and in parallel (each resource as soon as everything it waits for
/// is healthy), and stops it in reverse (each resource once everything waiting for it has stopped).
/// </summary>
internal sealed class Orchestrator
{
    private readonly ResourceGraph _graph;
    private readonly DistributedApplicationOptions _options;
    private readonly ConsoleOutput _output;
    private readonly ILogger _logger;
    private readonly Dictionary<ExecutableResource, ResourceRunner> _runners;

    public Orchestrator(ResourceGraph graph, DistributedApplicationOptions options, ConsoleOutput output, ILogger logger, TimeProvider time)
    {
        _graph = graph;
        _options = options;
        _output = output;
        _logger = logger;
        _runners = graph.Resources.ToDictionary(r => r, r => new ResourceRunner(r, output, logger, time));
        // Children live in their own sessions (setsid), so nothing else would end them if the
        // AppHost died without running StopAsync. (SIGKILL of the AppHost cannot be caught: orphans
        // are then possible, and the next run's private node name keeps them from interfering.)
        AppDomain.CurrentDomain.ProcessExit += (_, _) => KillAll();
    }

    private void KillAll()
    {
        foreach (var runner in _runners.Values)
        {
            runner.KillNow();
        }
    }

    public IReadOnlyList<ResourceSnapshot> Snapshot() => [.. _graph.Resources.Select(r => _runners[r].Snapshot())];

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        ThrowOnPreflightErrors();
        Directory.CreateDirectory(_options.DataDirectory);
        Log.DataFolder(_logger, _options.DataDirectory);
        await Task.WhenAll(_graph.Resources.Select(r => r.PrepareAsync(cancellationToken))).ConfigureAwait(false);

        var starts = _graph.StartOrder.Select(StartWhenDependenciesReadyAsync).ToList();
        try
        {
            await Task.WhenAll(_runners.Values.Select(r => r.Ready)).WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            _output.WriteBlock(StatusTable.Render(Snapshot()));
            var failures = Snapshot().Where(s => s.State == ResourceState.Failed).Select(s => $"{s.Name}: {s.FailureReason}");
            throw new InvalidOperationException(string.Join("; ", failures), ex);
        }

        await Task.WhenAll(starts).ConfigureAwait(false);
        var elapsed = DateTimeOffset.Now - _options.StartedAt;
        var notes = _graph.StartOrder.SelectMany(r => r.StartupNotes).Select(n => n + Environment.NewLine);
        _output.WriteBlock(StatusTable.Render(Snapshot()) + $"Platform healthy in {elapsed.TotalSeconds:0.0} s{Environment.NewLine}" + string.Concat(notes));
    }

    public async Task StopAsync()
    {
        var stops = new Dictionary<ExecutableResource, Task>();
        // ShutdownOrder lists every dependent before what it depends on, so its stop task exists here.
        foreach (var resource in _graph.ShutdownOrder)
        {
            var dependents = _graph.DependentsOf(resource).Select(d => stops[d]).ToList();
            stops[resource] = StopAfterAsync(_runners[resource], dependents);
        }

        await Task.WhenAll(stops.Values).ConfigureAwait(false);
        Log.AllStopped(_logger);
    }

    private static async Task StopAfterAsync(ResourceRunner runner, IReadOnlyList<Task> dependentsStopped)
    {
        await Task.WhenAll(dependentsStopped).ConfigureAwait(false);
        await runner.StopAsync().ConfigureAwait(false);
    }

    private async Task StartWhenDependenciesReadyAsync(ExecutableResource resource)
    {
        var runner = _runners[resource];
        var dependencies = ResourceGraph.DependenciesOf(resource).Select(d => _runners[d]).ToList();
        if (dependencies.Count > 0)
        {
            runner.MarkWaiting(string.Join(", ", dependencies.Select(d => d.Resource.Name)));
            try
            {
                await Task.WhenAll(dependencies.Select(d => d.Ready)).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return; // shutting down before it could start
            }
            catch (InvalidOperationException)
            {
                var failed = dependencies.Where(d => d.Ready.IsFaulted).Select(d => d.Resource.Name);
                runner.MarkFailed($"not started: {string.Join(", ", failed)} failed");
                return;
            }
        }

        runner.Start();
    }

    private void ThrowOnPreflightErrors()
    {
        var errors = _graph.Resources.SelectMany(r => r.Validate()).ToList();
        foreach (var resource in _graph.Resources)
        {
            foreach (var endpoint in resource.Endpoints.Where(e => e.IsExternal && !PortAllocator.IsFree(e.Port)))
            {
                errors.Add($"{resource.Name}: port {endpoint.Port} is in use; choose another with --http-port or {AppHostArguments.GatewayPortVariable}.");
            }
        }

        if (errors.Count > 0)
        {
            throw new InvalidOperationException(string.Join(Environment.NewLine, errors.Prepend("Cannot start:")));
        }
    }
}
