using System.Collections.Concurrent;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace LandPlatform.AppHost.Restarts;

/// <summary>
/// Starts a crashed resource again, with backoff. Aspire has no restart policy for executables (its issue
/// #1708), so this watches the resource notifications and uses the same start command as the dashboard's
/// button. A crash is an exit with a non-zero code or a failed start; an exit with code 0 is a deliberate stop
/// (the dashboard's Stop button sends SIGTERM, which the services and the broker answer by exiting cleanly),
/// and nothing is restarted while the AppHost itself is stopping. Each restart is written to the resource's
/// console log and counted in its <c>restarts</c> property, both visible in the dashboard.
/// </summary>
internal sealed partial class RestartSupervisor(
    ResourceNotificationService notifications,
    ResourceCommandService commands,
    ResourceLoggerService resourceLogs,
    IHostApplicationLifetime lifetime,
    ILogger<RestartSupervisor> logger) : BackgroundService
{
    public const string RestartsProperty = "restarts";

    private readonly ConcurrentDictionary<string, Supervised> _resources = new();

    private readonly TimeProvider _time = TimeProvider.System;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var stopping = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken, lifetime.ApplicationStopping);
        try
        {
            await foreach (var change in notifications.WatchAsync(stopping.Token).ConfigureAwait(false))
            {
                if (change.Resource.HasAnnotationOfType<RestartOnCrashAnnotation>())
                {
                    Observe(change, stopping.Token);
                }
            }
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            // The AppHost is stopping: DCP stops every resource, none of which is a crash.
        }
    }

    private void Observe(ResourceEvent change, CancellationToken stopping)
    {
        var supervised = _resources.GetOrAdd(change.ResourceId, _ => new Supervised());
        var state = change.Snapshot.State?.Text;
        lock (supervised)
        {
            var wasDown = supervised.IsDown;
            supervised.IsDown = IsCrash(state, change.Snapshot.ExitCode);
            if (state == KnownResourceStates.Running && supervised.RunningSince is null)
            {
                supervised.RunningSince = _time.GetUtcNow();
            }

            if (!supervised.IsDown || wasDown || stopping.IsCancellationRequested)
            {
                return;
            }

            if (supervised.RunningSince is { } since && _time.GetUtcNow() - since >= RestartBackoff.StableRun)
            {
                supervised.Series = 0;
            }

            supervised.RunningSince = null;
            var delay = RestartBackoff.Delay(supervised.Series++);
            supervised.Total++;
            _ = RestartAsync(change, delay, supervised.Total, stopping);
        }
    }

    private static bool IsCrash(string? state, int? exitCode) =>
        state == KnownResourceStates.FailedToStart
        || ((state == KnownResourceStates.Exited || state == KnownResourceStates.Finished) && exitCode is not 0);

    private async Task RestartAsync(ResourceEvent change, TimeSpan delay, int restart, CancellationToken stopping)
    {
        var resource = change.Resource;
        var resourceLog = resourceLogs.GetLogger(resource);
        LogCrashed(resourceLog, resource.Name, change.Snapshot.State?.Text, change.Snapshot.ExitCode, delay.TotalSeconds, restart);
        LogCrashed(logger, resource.Name, change.Snapshot.State?.Text, change.Snapshot.ExitCode, delay.TotalSeconds, restart);
        try
        {
            await Task.Delay(delay, _time, stopping).ConfigureAwait(false);
            await notifications.PublishUpdateAsync(resource, change.ResourceId, snapshot => snapshot with
            {
                Properties = [.. snapshot.Properties.Where(p => p.Name != RestartsProperty), new ResourcePropertySnapshot(RestartsProperty, restart)],
            }).ConfigureAwait(false);
            var result = await commands.ExecuteCommandAsync(change.ResourceId, KnownResourceCommands.StartCommand, stopping).ConfigureAwait(false);
            if (!result.Success)
            {
                LogRestartFailed(logger, resource.Name, result.Message);
            }
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            // Stopping: no restart.
        }
    }

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "{Resource} crashed ({State}, exit code {ExitCode}); restart {Restart} in {DelaySeconds} s")]
    private static partial void LogCrashed(ILogger logger, string resource, string? state, int? exitCode, double delaySeconds, int restart);

    [LoggerMessage(Level = LogLevel.Error, Message = "{Resource} could not be restarted: {Reason}")]
    private static partial void LogRestartFailed(ILogger logger, string resource, string? reason);

    private sealed class Supervised
    {
        public bool IsDown { get; set; }

        public DateTimeOffset? RunningSince { get; set; }

        /// <summary>Restarts in the current crash series: the exponent of the next delay.</summary>
        public int Series { get; set; }

        public int Total { get; set; }
    }
}
