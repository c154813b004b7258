using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace LandPlatform.AppHost.Hosting.Orchestration;

/// <summary>
/// Ties the orchestrator to the generic host: the host's console lifetime turns Ctrl+C and SIGTERM
/// into StopAsync, which stops the children in reverse order before the AppHost exits.
/// </summary>
internal sealed class OrchestratorHostedService(Orchestrator orchestrator, IHostApplicationLifetime lifetime, ILogger<OrchestratorHostedService> logger)
    : IHostedService
{
    private readonly CancellationTokenSource _starting = new();
    private readonly TaskCompletionSource _started = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private Task _start = Task.CompletedTask;
    private readonly Lock _gate = new();
    private Task? _stop;

    /// <summary>Completes when every resource is healthy; faults when start-up failed.</summary>
    public Task Started => _started.Task;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        // Not awaited: the host must finish starting so Ctrl+C works while resources come up.
        _start = Task.Run(StartPlatformAsync, CancellationToken.None);
        return Task.CompletedTask;
    }

    private async Task StartPlatformAsync()
    {
        try
        {
            await orchestrator.StartAsync(_starting.Token).ConfigureAwait(false);
            _started.TrySetResult();
        }
        catch (OperationCanceledException)
        {
            _started.TrySetCanceled();
        }
        catch (Exception ex) when (ex is InvalidOperationException or IOException or UnauthorizedAccessException)
        {
            Log.PlatformFailed(logger, ex.Message);
            _started.TrySetException(ex);
            // A half-started platform is not useful to a developer or a script: stop it and say so.
            Environment.ExitCode = 1;
            lifetime.StopApplication();
        }
    }

    /// <summary>Idempotent: an explicit stop followed by dispose must not stop everything twice.</summary>
    public Task StopAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return _stop ??= StopPlatformAsync();
        }
    }

    private async Task StopPlatformAsync()
    {
        await _starting.CancelAsync().ConfigureAwait(false);
        await _start.ConfigureAwait(false);
        await orchestrator.StopAsync().ConfigureAwait(false);
    }
}
