using System.Diagnostics;

namespace LandPlatform.AppHost.Hosting.Resources;

/// <summary>Healthy when a command exits with 0 (e.g. <c>rabbitmqctl await_startup</c>).</summary>
public sealed class CommandHealthCheck(string command, IReadOnlyList<string> args, TimeSpan attemptTimeout) : IHealthCheck
{
    public TimeSpan PollInterval => TimeSpan.FromMilliseconds(500);

    public string Description => $"{command} {string.Join(' ', args)}";

    public async Task<bool> IsHealthyAsync(CancellationToken cancellationToken)
    {
        var startInfo = new ProcessStartInfo(command)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in args)
        {
            startInfo.ArgumentList.Add(arg);
        }

        using var process = Process.Start(startInfo);
        if (process is null)
        {
            return false;
        }

        // Drain the pipes so a chatty probe cannot block on a full pipe buffer.
        _ = process.StandardOutput.ReadToEndAsync(cancellationToken);
        _ = process.StandardError.ReadToEndAsync(cancellationToken);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(attemptTimeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token).ConfigureAwait(false);
            return process.ExitCode == 0;
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            cancellationToken.ThrowIfCancellationRequested();
            return false;
        }
    }
}
