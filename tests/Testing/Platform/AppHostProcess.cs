using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using LandPlatform.AppHost.Hosting;
using LandPlatform.AppHost.Hosting.Processes;

namespace LandPlatform.Testing.Platform;

/// <summary>
/// The real AppHost executable (the README's run command without the build), started as an operator
/// starts it; its output is kept, and the status table it prints once healthy is parsed.
/// </summary>
public sealed class AppHostProcess : IDisposable
{
    private readonly Process _process;
    private readonly TaskCompletionSource _healthy = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private AppHostProcess(Process process) => _process = process;

    public ConcurrentQueue<string> Lines { get; } = new();

    public int Id => _process.Id;

    public bool HasExited => _process.HasExited;

    public int ExitCode => _process.ExitCode;

    public static AppHostProcess Start(IEnumerable<string> args, IReadOnlyDictionary<string, string>? environment = null)
    {
        var assembly = Path.Combine(RepositoryRoot, "AppHost", "bin", DistributedApplicationOptions.BuildConfiguration, "net10.0", "LandPlatform.AppHost.dll");
        var startInfo = new ProcessStartInfo(ExecutableLookup.DotnetHost())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = RepositoryRoot,
        };
        startInfo.ArgumentList.Add(assembly);
        foreach (var arg in args)
        {
            startInfo.ArgumentList.Add(arg);
        }

        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            startInfo.Environment[key] = value;
        }

        var host = new AppHostProcess(new Process { StartInfo = startInfo });
        host._process.OutputDataReceived += (_, e) => host.OnLine(e.Data);
        host._process.ErrorDataReceived += (_, e) => host.OnLine(e.Data);
        host._process.Start();
        host._process.BeginOutputReadLine();
        host._process.BeginErrorReadLine();
        return host;
    }

    /// <summary>Waits for "Platform healthy"; fails with the AppHost's output if it exits or times out first.</summary>
    public async Task WaitUntilHealthyAsync(TimeSpan timeout)
    {
        await Task.WhenAny(_healthy.Task, _process.WaitForExitAsync()).WaitAsync(timeout);
        if (!_healthy.Task.IsCompleted)
        {
            throw new InvalidOperationException("The AppHost did not report a healthy platform:\n" + string.Join('\n', Lines));
        }
    }

    /// <summary>The status table: one row per resource with its state, first URL and PID.</summary>
    public IReadOnlyList<ResourceRow> Table() =>
        Lines.SkipWhile(l => !l.StartsWith("RESOURCE ", StringComparison.Ordinal)).Skip(1)
            .TakeWhile(l => !l.StartsWith("Platform healthy", StringComparison.Ordinal))
            .Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Select(c => new ResourceRow(c[0], c[1], c[2].TrimEnd(','), int.Parse(c[^1], CultureInfo.InvariantCulture)))
            .ToList();

    public Uri Url(string resource) => new(Table().Single(r => r.Name == resource).Url);

    /// <summary>SIGTERM to the AppHost alone, as a supervisor stops it; it stops the platform in order.</summary>
    public async Task StopAsync(TimeSpan timeout)
    {
        if (!_process.HasExited)
        {
            ProcessSignals.Terminate(_process.Id);
            await _process.WaitForExitAsync().WaitAsync(timeout);
        }
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            ProcessSignals.Terminate(_process.Id);
            _process.WaitForExit(60_000);
        }

        _process.Dispose();
    }

    private void OnLine(string? line)
    {
        if (line is null)
        {
            return;
        }

        Lines.Enqueue(line);
        if (line.StartsWith("Platform healthy in", StringComparison.Ordinal))
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

public sealed record ResourceRow(string Name, string State, string Url, int Pid);
