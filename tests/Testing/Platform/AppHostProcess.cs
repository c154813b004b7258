using System.Collections.Concurrent;
using System.Diagnostics;

namespace LandPlatform.Testing.Platform;

/// <summary>
/// The built AppHost started as an operator starts it (the README's run command without the build): its output
/// is kept, and "all N resources healthy" marks the platform up. For what only a real process shows: signals.
/// </summary>
public sealed class AppHostProcess : IDisposable
{
    private readonly Process _process;
    private readonly TaskCompletionSource _healthy = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private AppHostProcess(Process process) => _process = process;

    public ConcurrentQueue<string> Lines { get; } = new();

    public int Id => _process.Id;

    public bool HasExited => _process.HasExited;

    public static AppHostProcess Start(IEnumerable<string> args)
    {
        // Started as from a terminal: with Ctrl+C (SIGINT) at its default action. A test run launched in the
        // background by a non-interactive shell inherits SIGINT ignored, a child keeps an ignored signal across exec,
        // and .NET then leaves it ignored, so the AppHost would never hear the Ctrl+C the shutdown test sends.
        // coreutils' env resets it before starting dotnet.
        var startInfo = new ProcessStartInfo("env")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = RepositoryRoot,
        };
        startInfo.ArgumentList.Add("--default-signal=INT");
        startInfo.ArgumentList.Add("dotnet");
        startInfo.ArgumentList.Add(Path.Combine(RepositoryRoot, "AppHost", "bin", "Release", "net10.0", "LandPlatform.AppHost.dll"));
        foreach (var arg in args)
        {
            startInfo.ArgumentList.Add(arg);
        }

        var host = new AppHostProcess(new Process { StartInfo = startInfo });
        host._process.OutputDataReceived += (_, e) => host.OnLine(e.Data);
        host._process.ErrorDataReceived += (_, e) => host.OnLine(e.Data);
        host._process.Start();
        host._process.BeginOutputReadLine();
        host._process.BeginErrorReadLine();
        return host;
    }

    /// <summary>Waits for the AppHost's "all … resources healthy"; fails with its output if it exits or times out first.</summary>
    public async Task WaitUntilHealthyAsync(TimeSpan timeout)
    {
        try
        {
            await Task.WhenAny(_healthy.Task, _process.WaitForExitAsync()).WaitAsync(timeout);
        }
        catch (TimeoutException)
        {
        }

        if (!_healthy.Task.IsCompleted)
        {
            throw new InvalidOperationException("The AppHost did not report a healthy platform:\n" + string.Join('\n', Lines));
        }
    }

    /// <summary>SIGTERM to the AppHost alone, as a supervisor stops it.</summary>
    public void Terminate() => Signal("TERM", _process.Id);

    public void Interrupt() => Signal("INT", _process.Id);

    public Task WaitForExitAsync(TimeSpan timeout) => _process.WaitForExitAsync().WaitAsync(timeout);

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            Terminate();
            _process.WaitForExit(60_000);
        }

        _process.Dispose();
    }

    public static void Signal(string signal, int pid)
    {
        using var kill = Process.Start("kill", [$"-{signal}", pid.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        kill.WaitForExit();
    }

    private void OnLine(string? line)
    {
        if (line is null)
        {
            return;
        }

        Lines.Enqueue(line);
        if (line.Contains("LandPlatform: all ", StringComparison.Ordinal) && line.Contains("resources healthy", StringComparison.Ordinal))
        {
            _healthy.TrySetResult();
        }
    }

    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "LandPlatform.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("LandPlatform.sln not found above " + AppContext.BaseDirectory);
    }
}
