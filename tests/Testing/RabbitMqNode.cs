using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using Xunit;

namespace LandPlatform.Testing;

/// <summary>
/// A private RabbitMQ node from Debian's rabbitmq-server, started for one test assembly (there is no Docker here).
/// Everything is private to the run — node name, AMQP, distribution and epmd ports, data and log folders, config —
/// so parallel runs and a system broker do not interfere, and disposal leaves no process behind.
/// </summary>
public sealed class RabbitMqNode : IAsyncLifetime
{
    // LP_RABBITMQ_STARTUP_SECONDS lengthens it on a machine so loaded that the broker boots slower (benchmarks).
    private static readonly TimeSpan StartupTimeout = TimeSpan.FromSeconds(
        int.TryParse(Environment.GetEnvironmentVariable("LP_RABBITMQ_STARTUP_SECONDS"), CultureInfo.InvariantCulture, out var s) && s > 0 ? s : 60);

    // Run as root the Debian wrapper scripts drop to the rabbitmq user; as any other user they refuse, so we
    // call the real scripts directly and the node runs as us.
    private static readonly bool IsRoot = Environment.UserName == "root";

    private readonly ConcurrentQueue<string> _output = new();
    private readonly TempDirectory _directory = TempDirectory.Create("lp-rabbit-");
    private readonly Dictionary<string, string> _environment;
    private Process? _server;
    private bool _booted;

    public RabbitMqNode()
    {
        ShortName = "lp-" + Guid.NewGuid().ToString("N")[..10];

        var mnesia = OwnedDirectory("mnesia");
        var logs = OwnedDirectory("log");
        var config = Path.Combine(OwnedDirectory("etc"), "rabbitmq.conf");
        // guest may log in from loopback only (the default, stated so a machine-wide config cannot change it).
        File.WriteAllText(config, "loopback_users.guest = true\n");
        var plugins = Path.Combine(_directory.Path, "etc", "enabled_plugins");
        // No plugins: the management plugin would otherwise bind the shared port 15672.
        File.WriteAllText(plugins, "[].\n");
        var envFile = Path.Combine(_directory.Path, "etc", "rabbitmq-env.conf");
        File.WriteAllText(envFile, string.Empty);
        GrantToBroker();

        _environment = new Dictionary<string, string>
        {
            ["RABBITMQ_NODENAME"] = NodeName,
            ["RABBITMQ_NODE_IP_ADDRESS"] = "127.0.0.1",
            ["RABBITMQ_MNESIA_BASE"] = mnesia,
            ["RABBITMQ_LOG_BASE"] = logs,
            ["RABBITMQ_CONFIG_FILE"] = config,
            ["RABBITMQ_ENABLED_PLUGINS_FILE"] = plugins,
            ["RABBITMQ_CONF_ENV_FILE"] = envFile,
        };
        AssignPorts();
    }

    public string ShortName { get; }

    public string NodeName => ShortName + "@localhost";

    public int AmqpPort { get; private set; }

    public int DistributionPort { get; private set; }

    public int EpmdPort { get; private set; }

    public Uri AmqpUri => new($"amqp://guest:guest@127.0.0.1:{AmqpPort}/");

    public bool IsRunning { get; private set; }

    public Task InitializeAsync() => StartAsync();

    public async Task DisposeAsync()
    {
        try
        {
            await StopAsync();
        }
        finally
        {
            KillStragglers();
            await ProcessRunner.RunAsync("epmd", ["-port", EpmdPort.ToString(CultureInfo.InvariantCulture), "-kill"],
                timeout: TimeSpan.FromSeconds(10));
            _directory.Dispose();
        }
    }

    /// <summary>Starts the node (again, after <see cref="StopAsync"/>) and returns once it accepts clients.</summary>
    public async Task StartAsync()
    {
        if (IsRunning)
        {
            return;
        }

        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await BootAsync();
                _booted = true;
                return;
            }
            catch (PortTakenException) when (!_booted && attempt < 3)
            {
                // Another process took a port between our probe and the broker's bind. Nobody knows these ports
                // yet (the node never ran), so it takes fresh ones; a restart keeps its ports for its clients.
                _output.Clear();
                await ProcessRunner.RunAsync("epmd", ["-port", EpmdPort.ToString(CultureInfo.InvariantCulture), "-kill"],
                    timeout: TimeSpan.FromSeconds(10));
                AssignPorts();
            }
        }
    }

    private async Task BootAsync()
    {

        var info = new ProcessStartInfo(IsRoot ? "/usr/sbin/rabbitmq-server" : "/usr/lib/rabbitmq/bin/rabbitmq-server")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = _directory.Path,
        };
        foreach (var (key, value) in _environment)
        {
            info.Environment[key] = value;
        }

        _server = Process.Start(info) ?? throw new InvalidOperationException("Could not start rabbitmq-server.");
        _server.OutputDataReceived += (_, e) => Keep(e.Data);
        _server.ErrorDataReceived += (_, e) => Keep(e.Data);
        _server.BeginOutputReadLine();
        _server.BeginErrorReadLine();

        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < StartupTimeout)
        {
            if (_server.HasExited)
            {
                var exitCode = _server.ExitCode;
                _server.Dispose();
                _server = null;
                if (_output.Any(line => line.Contains("eaddrinuse", StringComparison.Ordinal)))
                {
                    throw new PortTakenException(string.Join('\n', _output));
                }

                throw new InvalidOperationException(
                    $"rabbitmq-server exited with {exitCode} during start-up:\n{string.Join('\n', _output)}");
            }

            var ready = await CtlAsync(["await_startup", "--timeout", "5"]);
            if (ready.Succeeded)
            {
                IsRunning = true;
                return;
            }

            await Task.Delay(250);
        }

        await StopAsync();
        throw new TimeoutException($"RabbitMQ node {NodeName} not ready after {StartupTimeout}:\n{string.Join('\n', _output)}");
    }

    /// <summary>Stops the node (simulating an outage); data survives for <see cref="StartAsync"/>.</summary>
    public async Task StopAsync()
    {
        if (_server is null)
        {
            return;
        }

        IsRunning = false;
        await CtlAsync(["stop"]);
        using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        try
        {
            await _server.WaitForExitAsync(wait.Token);
        }
        catch (OperationCanceledException)
        {
            _server.Kill(entireProcessTree: true);
            await _server.WaitForExitAsync();
        }

        _server.Dispose();
        _server = null;
    }

    /// <summary>Messages ready + unacknowledged per queue of the default vhost.</summary>
    public async Task<IReadOnlyDictionary<string, int>> ListQueuesAsync()
    {
        var result = await CtlAsync(["list_queues", "--quiet", "--no-table-headers", "name", "messages"]);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"list_queues failed: {result.StandardError}");
        }

        return result.StandardOutput
            .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => line.Split('\t', StringSplitOptions.TrimEntries))
            .Where(parts => parts.Length == 2 && int.TryParse(parts[1], CultureInfo.InvariantCulture, out _))
            .ToDictionary(parts => parts[0], parts => int.Parse(parts[1], CultureInfo.InvariantCulture));
    }

    /// <summary>Messages in <paramref name="queue"/>, or null when the queue does not exist.</summary>
    public async Task<int?> CountMessagesAsync(string queue) =>
        (await ListQueuesAsync()).TryGetValue(queue, out var count) ? count : null;

    public Task<ProcessRunner.Result> CtlAsync(IReadOnlyList<string> arguments) =>
        ProcessRunner.RunAsync(
            IsRoot ? "/usr/sbin/rabbitmqctl" : "/usr/lib/rabbitmq/bin/rabbitmqctl",
            ["-n", NodeName, .. arguments],
            new Dictionary<string, string> { ["ERL_EPMD_PORT"] = _environment["ERL_EPMD_PORT"] },
            TimeSpan.FromSeconds(30));

    private void AssignPorts()
    {
        AmqpPort = FreePort.Next();
        DistributionPort = FreePort.Next();
        EpmdPort = FreePort.Next();
        _environment["RABBITMQ_NODE_PORT"] = AmqpPort.ToString(CultureInfo.InvariantCulture);
        _environment["RABBITMQ_DIST_PORT"] = DistributionPort.ToString(CultureInfo.InvariantCulture);
        // A private epmd, so it can be stopped at the end without touching other nodes' registrations.
        _environment["ERL_EPMD_PORT"] = EpmdPort.ToString(CultureInfo.InvariantCulture);
    }

    private string OwnedDirectory(string name) => _directory.Sub(name);

    /// <summary>As root the broker runs as "rabbitmq", which must own its folders or it dies at boot (eacces).</summary>
    private void GrantToBroker()
    {
        if (!IsRoot)
        {
            return;
        }

        var result = ProcessRunner.RunAsync("chown", ["-R", "rabbitmq:rabbitmq", _directory.Path]).GetAwaiter().GetResult();
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"chown {_directory.Path} failed: {result.StandardError}");
        }
    }

    /// <summary>Kills, by id, any process whose command line names this run's unique node (e.g. an orphaned beam).</summary>
    private void KillStragglers()
    {
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), CultureInfo.InvariantCulture, out var pid) || pid == Environment.ProcessId)
            {
                continue;
            }

            string commandLine;
            try
            {
                commandLine = File.ReadAllText(Path.Combine(dir, "cmdline")).Replace('\0', ' ');
            }
            catch (IOException)
            {
                continue;
            }
            catch (UnauthorizedAccessException)
            {
                continue;
            }

            if (commandLine.Contains(ShortName, StringComparison.Ordinal))
            {
                try
                {
                    using var straggler = Process.GetProcessById(pid);
                    straggler.Kill(entireProcessTree: true);
                }
                catch (ArgumentException)
                {
                    // Already gone.
                }
                catch (InvalidOperationException)
                {
                }
            }
        }
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        _output.Enqueue(line);
        while (_output.Count > 200 && _output.TryDequeue(out _))
        {
        }
    }
}

internal sealed class PortTakenException(string output) : Exception(output);
