using System.Diagnostics;
using LandPlatform.AppHost.Hosting.Processes;
using LandPlatform.AppHost.Hosting.Resources;
using Microsoft.Extensions.Logging;

namespace LandPlatform.AppHost.Hosting.Orchestration;

/// <summary>
/// Supervises one resource: launch, health-gate, restart with backoff on an unexpected exit,
/// graceful stop. <see cref="Ready"/> completes the first time the resource is healthy, so
/// dependents can start; it faults when the resource fails before that.
/// </summary>
internal sealed class ResourceRunner(ExecutableResource resource, ConsoleOutput output, ILogger logger, TimeProvider time)
{
    // setsid puts each child in its own session: a terminal's Ctrl+C goes to the whole foreground
    // process group, and the children must not get it, or they would all stop at once instead of
    // in reverse dependency order. It execs in place (we are not a group leader), so the PID stays.
    private static readonly string? Setsid = ExecutableLookup.Find("setsid");

    private readonly Lock _gate = new();
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly CancellationTokenSource _stopping = new();
    private Process? _process;
    private bool _stopRequested;
    private Task _supervision = Task.CompletedTask;
    private DateTimeOffset? _startedAt;
    private DateTimeOffset? _firstHealthyAt;
    private int? _lastExitCode;

    public ExecutableResource Resource { get; } = resource;

    public ResourceState State { get; private set; } = ResourceState.NotStarted;

    public int Restarts { get; private set; }

    public string? FailureReason { get; private set; }

    public Task Ready => _ready.Task;

    public ResourceSnapshot Snapshot()
    {
        lock (_gate)
        {
            var pid = _process is { HasExited: false } p ? p.Id : (int?)null;
            if (_process is { HasExited: true } exited)
            {
                _lastExitCode = exited.ExitCode;
            }

            return new ResourceSnapshot(
                Resource.Name, State, pid, Restarts, [.. Resource.DisplayUrls], FailureReason, _startedAt, _firstHealthyAt, _lastExitCode);
        }
    }

    public void MarkWaiting(string dependencies)
    {
        SetState(ResourceState.Waiting);
        Log.Waiting(logger, Resource.Name, dependencies);
    }

    /// <summary>Never started because something it waits for failed.</summary>
    public void MarkFailed(string reason)
    {
        Fail(reason);
    }

    public void Start()
    {
        lock (_gate)
        {
            if (_stopRequested)
            {
                return;
            }

            _supervision = Task.Run(() => SuperviseAsync(_stopping.Token));
        }
    }

    private async Task SuperviseAsync(CancellationToken stopping)
    {
        var consecutiveRestarts = 0;
        while (!stopping.IsCancellationRequested)
        {
            var process = Launch();
            if (process is null)
            {
                return;
            }

            var launchedAt = time.GetTimestamp();
            var exited = process.WaitForExitAsync(CancellationToken.None);
            var healthy = await WaitUntilHealthyAsync(exited, stopping).ConfigureAwait(false);
            if (stopping.IsCancellationRequested)
            {
                return;
            }

            if (healthy)
            {
                Log.Healthy(logger, Resource.Name, time.GetElapsedTime(launchedAt).TotalSeconds);
                lock (_gate)
                {
                    _firstHealthyAt ??= time.GetUtcNow();
                }

                SetState(Resource.HealthCheck is null ? ResourceState.Running : ResourceState.Healthy);
                _ready.TrySetResult();
            }
            else if (!exited.IsCompleted)
            {
                Fail($"not healthy within {Resource.StartupTimeout.TotalSeconds:0} s ({Resource.HealthCheck?.Description})");
                process.Kill(entireProcessTree: true);
                return;
            }

            await exited.ConfigureAwait(false);
            if (IsStopRequested())
            {
                return;
            }

            // A process that ran fine for a while and then crashed starts a fresh backoff sequence.
            if (healthy && time.GetElapsedTime(launchedAt) > Resource.RestartPolicy.StableAfter)
            {
                consecutiveRestarts = 0;
            }

            if (consecutiveRestarts >= Resource.RestartPolicy.MaxRestarts)
            {
                Fail($"exited with code {process.ExitCode} after {consecutiveRestarts} restart(s)");
                return;
            }

            consecutiveRestarts++;
            var delay = Resource.RestartPolicy.DelayFor(consecutiveRestarts);
            Log.Restarting(logger, Resource.Name, process.ExitCode, consecutiveRestarts, Resource.RestartPolicy.MaxRestarts, delay.TotalSeconds);
            lock (_gate)
            {
                Restarts++;
            }

            SetState(ResourceState.Restarting);
            try
            {
                await Task.Delay(delay, time, stopping).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private async Task<bool> WaitUntilHealthyAsync(Task exited, CancellationToken stopping)
    {
        var check = Resource.HealthCheck;
        if (check is null)
        {
            return true;
        }

        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(stopping);
        deadline.CancelAfter(Resource.StartupTimeout);
        try
        {
            while (!exited.IsCompleted)
            {
                if (await check.IsHealthyAsync(deadline.Token).ConfigureAwait(false))
                {
                    return !exited.IsCompleted;
                }

                await Task.WhenAny(exited, Task.Delay(check.PollInterval, time, deadline.Token)).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException)
        {
            // start-up window closed or stop requested: the caller tells which
        }

        return false;
    }

    private Process? Launch()
    {
        var startInfo = new ProcessStartInfo(Setsid ?? Resource.Command)
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            // Our own stdin (a terminal) is not theirs to read.
            RedirectStandardInput = true,
            WorkingDirectory = Resource.WorkingDirectory,
        };
        if (Setsid is not null)
        {
            startInfo.ArgumentList.Add(Resource.Command);
        }

        foreach (var arg in Resource.Args)
        {
            startInfo.ArgumentList.Add(arg);
        }

        foreach (var (key, value) in Resource.ResolvedEnvironment)
        {
            startInfo.Environment[key] = value;
        }

        var process = new Process { StartInfo = startInfo };
        process.OutputDataReceived += (_, e) => Forward(e.Data, isError: false);
        process.ErrorDataReceived += (_, e) => Forward(e.Data, isError: true);
        lock (_gate)
        {
            if (_stopRequested)
            {
                process.Dispose();
                return null;
            }

            SetState(ResourceState.Starting);
            try
            {
                process.Start();
            }
            catch (Exception ex) when (ex is System.ComponentModel.Win32Exception or InvalidOperationException)
            {
                process.Dispose();
                Fail($"could not start {Resource.Command}: {ex.Message}");
                return null;
            }

            if (_process is { HasExited: true } previous)
            {
                _lastExitCode = previous.ExitCode;
            }

            _process?.Dispose();
            _process = process;
            _startedAt = time.GetUtcNow();
        }

        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        Log.Started(logger, Resource.Name, Resource.Command, process.Id);
        SetState(ResourceState.Running);
        return process;
    }

    private void Forward(string? line, bool isError)
    {
        if (line is not null)
        {
            output.WriteLine(Resource.Name, line, isError);
        }
    }

    /// <summary>Graceful stop: the resource's stop request, a grace period, then the process tree is killed.</summary>
    public async Task StopAsync()
    {
        Process? process;
        Task supervision;
        lock (_gate)
        {
            _stopRequested = true;
            process = _process;
            supervision = _supervision;
        }

        await _stopping.CancelAsync().ConfigureAwait(false);
        _ready.TrySetCanceled();
        if (process is not null && !process.HasExited)
        {
            SetState(ResourceState.Stopping);
            Log.Stopping(logger, Resource.Name, process.Id);
            await StopProcessAsync(process).ConfigureAwait(false);
        }

        using (var cleanupTimeout = new CancellationTokenSource(TimeSpan.FromSeconds(10)))
        {
            await Resource.CleanupAsync(logger, cleanupTimeout.Token).ConfigureAwait(false);
        }

        await supervision.ConfigureAwait(false);
        if (State != ResourceState.Failed)
        {
            SetState(ResourceState.Stopped);
        }

        Log.Stopped(logger, Resource.Name);
    }

    private async Task StopProcessAsync(Process process)
    {
        var started = time.GetTimestamp();
        using var grace = new CancellationTokenSource(Resource.StopGracePeriod);
        try
        {
            await Resource.RequestStopAsync(process.Id, grace.Token).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is InvalidOperationException or OperationCanceledException or System.ComponentModel.Win32Exception)
        {
            Log.StopRequestFailed(logger, Resource.Name, ex.Message);
        }

        // HasExited, not WaitForExitAsync: the latter also waits for the output pipes to close,
        // which a daemonised grandchild can hold open after the process itself is gone.
        while (!process.HasExited && !grace.IsCancellationRequested)
        {
            await Task.Delay(50, CancellationToken.None).ConfigureAwait(false);
        }

        if (!process.HasExited)
        {
            Log.Killing(logger, Resource.Name, time.GetElapsedTime(started).TotalSeconds);
            process.Kill(entireProcessTree: true);
            try
            {
                await process.WaitForExitAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(5)).ConfigureAwait(false);
            }
            catch (TimeoutException)
            {
                // Gone, but a leftover grandchild still holds its output pipe; CleanupAsync deals with it.
            }
        }
    }

    /// <summary>Last resort when the AppHost exits without a stop (unhandled exception): SIGKILL, no grace.</summary>
    public void KillNow()
    {
        Process? process;
        lock (_gate)
        {
            _stopRequested = true;
            process = _process;
        }

        if (process is { HasExited: false })
        {
            process.Kill(entireProcessTree: true);
        }

        Resource.CleanupAsync(Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance, CancellationToken.None).GetAwaiter().GetResult();
    }

    private bool IsStopRequested()
    {
        lock (_gate)
        {
            return _stopRequested;
        }
    }

    private void Fail(string reason)
    {
        lock (_gate)
        {
            FailureReason = reason;
            State = ResourceState.Failed;
        }

        Log.Failed(logger, Resource.Name, reason);
        _ready.TrySetException(new InvalidOperationException($"{Resource.Name}: {reason}"));
    }

    private void SetState(ResourceState state)
    {
        lock (_gate)
        {
            if (State != ResourceState.Failed || state is ResourceState.Stopped)
            {
                State = state;
            }
        }
    }
}
