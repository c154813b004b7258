using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using LandPlatform.AppHost.Hosting;
using LandPlatform.AppHost.Hosting.Processes;

namespace LandPlatform.AppHost.Tests;

/// <summary>
/// The real AppHost executable over the real Program.cs (broker, five services, gateway), stopped
/// the way an operator or a supervisor stops it: SIGTERM to the AppHost alone.
/// </summary>
[Collection(ProcessTestCollection.Name)]
public sealed class AppHostProcessTests
{
    [Fact]
    public async Task SIGTERM_to_the_AppHost_stops_the_whole_platform_and_leaves_no_process_behind()
    {
        var data = Path.Combine(Path.GetTempPath(), "landplatform-apphost-tests", "e2e-" + Guid.NewGuid().ToString("N")[..8]);
        string[] args = ["--http-port", "0", "--data", data];
        var node = $"lp-{AppHostArguments.Parse(args, new Dictionary<string, string>(), TestOptions.RepositoryRoot, DateTimeOffset.Now, 0).RunId}@localhost";
        var lines = new ConcurrentQueue<string>();
        var healthy = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var apphost = StartAppHost(args, line =>
        {
            lines.Enqueue(line);
            if (line.StartsWith("Platform healthy in", StringComparison.Ordinal))
            {
                healthy.TrySetResult();
            }
        });

        try
        {
            await Task.WhenAny(healthy.Task, apphost.WaitForExitAsync()).WaitAsync(TimeSpan.FromSeconds(90));
            Assert.True(healthy.Task.IsCompleted, "AppHost did not report a healthy platform:\n" + string.Join('\n', lines));

            var table = TableRows(lines);
            Assert.Equal(["bus", "identity", "credit", "admission", "pricing", "contracts", "monitoring", "gateway"], table.Select(r => r.Name));
            Assert.All(table, r => Assert.Equal("Healthy", r.State));
            using (var http = new HttpClient())
            {
                var gateway = table.Single(r => r.Name == "gateway").Url;
                using var health = await http.GetAsync(new Uri($"{gateway}/health"));
                Assert.Equal(System.Net.HttpStatusCode.OK, health.StatusCode);
            }

            var pids = table.Select(r => r.Pid).Concat(ProcessTable.FindByEnvironment("RABBITMQ_NODENAME", node)).ToList();
            Assert.True(pids.Count > table.Count, "the broker's Erlang VM should be found by its node name");

            Assert.True(ProcessSignals.Terminate(apphost.Id));
            await apphost.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(60));

            Assert.Equal(0, apphost.ExitCode);
            Assert.All(pids, pid => Assert.False(ProcessSignals.IsAlive(pid), $"pid {pid} outlived the AppHost"));
            Assert.Empty(ProcessTable.FindByEnvironment("RABBITMQ_NODENAME", node));
            // Reverse order: the gateway went first, the broker last.
            var stopped = lines.Where(l => l.Contains("LandPlatform.AppHost", StringComparison.Ordinal) && l.EndsWith(": stopped", StringComparison.Ordinal)).ToList();
            Assert.Equal(8, stopped.Count);
            Assert.EndsWith("gateway: stopped", stopped[0], StringComparison.Ordinal);
            Assert.EndsWith("bus: stopped", stopped[^1], StringComparison.Ordinal);
            Directory.Delete(data, recursive: true);
        }
        finally
        {
            if (!apphost.HasExited)
            {
                ProcessSignals.Terminate(apphost.Id);
                await apphost.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(60));
            }
        }
    }

    private static Process StartAppHost(IEnumerable<string> args, Action<string> onLine)
    {
        var assembly = Path.Combine(TestOptions.RepositoryRoot, "AppHost", "bin", DistributedApplicationOptions.BuildConfiguration, "net10.0", "LandPlatform.AppHost.dll");
        var startInfo = new ProcessStartInfo(ExecutableLookup.DotnetHost()) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        startInfo.ArgumentList.Add(assembly);
        foreach (var arg in args)
        {
            startInfo.ArgumentList.Add(arg);
        }

        var process = new Process { StartInfo = startInfo };
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) { onLine(e.Data); } };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { onLine(e.Data); } };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static List<(string Name, string State, string Url, int Pid)> TableRows(IEnumerable<string> lines) =>
        lines.SkipWhile(l => !l.StartsWith("RESOURCE ", StringComparison.Ordinal)).Skip(1)
            .TakeWhile(l => !l.StartsWith("Platform healthy", StringComparison.Ordinal))
            .Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Select(c => (c[0], c[1], c[2].TrimEnd(','), int.Parse(c[^1], CultureInfo.InvariantCulture)))
            .ToList();
}
