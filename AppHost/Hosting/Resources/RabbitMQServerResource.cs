using System.Diagnostics;
using LandPlatform.AppHost.Hosting.Processes;
using Microsoft.Extensions.Logging;

namespace LandPlatform.AppHost.Hosting.Resources;

/// <summary>
/// A private RabbitMQ node from Debian's <c>rabbitmq-server</c> (no Docker here): its own node
/// name, ports and folders, so several runs and test fixtures can share the machine.
/// </summary>
public sealed partial class RabbitMQServerResource : ExecutableResource, IResourceWithConnectionString
{
    public const string ServerCommand = "rabbitmq-server";
    public const string ControlCommand = "rabbitmqctl";

    public RabbitMQServerResource(string name, string nodeName, int amqpPort, int distributionPort, string dataDirectory)
        : base(name, ServerCommand, [], dataDirectory)
    {
        NodeName = nodeName;
        AmqpPort = amqpPort;
        DistributionPort = distributionPort;
        MnesiaDirectory = Path.Combine(dataDirectory, name, "mnesia");
        LogDirectory = Path.Combine(dataDirectory, name, "log");
        HealthCheck = new CommandHealthCheck(ControlCommand, ["-n", nodeName, "await_startup"], TimeSpan.FromSeconds(15));
        // A broker that is never healthy has usually failed for a reason a restart will not fix (eacces).
        RestartPolicy = RestartPolicy.Default with { MaxRestarts = 2 };
    }

    public string NodeName { get; }

    public int AmqpPort { get; }

    public int DistributionPort { get; }

    public string MnesiaDirectory { get; }

    public string LogDirectory { get; }

    public string ConnectionString => $"amqp://guest:guest@127.0.0.1:{AmqpPort}/";

    public override IEnumerable<string> DisplayUrls => [$"amqp://127.0.0.1:{AmqpPort}/"];

    protected internal override void AddDefaultEnvironment(IDictionary<string, string> environment, DistributedApplicationOptions options)
    {
        environment["RABBITMQ_NODENAME"] = NodeName;
        environment["RABBITMQ_NODE_IP_ADDRESS"] = "127.0.0.1";
        environment["RABBITMQ_NODE_PORT"] = AmqpPort.ToString(System.Globalization.CultureInfo.InvariantCulture);
        environment["RABBITMQ_DIST_PORT"] = DistributionPort.ToString(System.Globalization.CultureInfo.InvariantCulture);
        environment["RABBITMQ_MNESIA_BASE"] = MnesiaDirectory;
        environment["RABBITMQ_LOG_BASE"] = LogDirectory;
    }

    protected internal override IEnumerable<string> Validate()
    {
        if (!ExecutableLookup.Exists(ServerCommand))
        {
            yield return $"{Name}: {ServerCommand} is not installed. Install it with: sudo apt-get install -y rabbitmq-server";
        }

        if (!ProcessSignals.IsRoot)
        {
            // Debian's script only lets root (which then drops to the rabbitmq user) or rabbitmq start a node.
            yield return $"{Name}: the private RabbitMQ node needs root, because Debian's {ServerCommand} drops to the 'rabbitmq' user. "
                + "Run the AppHost as root: sudo ./scripts/run.sh";
        }
    }

    protected internal override async Task PrepareAsync(CancellationToken cancellationToken)
    {
        // Owned by rabbitmq: the node runs as that user and dies at boot with eacces otherwise.
        await RunAsync("install", ["-d", "-o", "rabbitmq", "-g", "rabbitmq", MnesiaDirectory, LogDirectory], cancellationToken).ConfigureAwait(false);
        // Ownership is not enough when a parent folder is not traversable (a repo under /root, mode 700).
        var (code, _) = await RunAsync("runuser", ["-u", "rabbitmq", "--", "test", "-w", MnesiaDirectory], cancellationToken, throwOnError: false).ConfigureAwait(false);
        if (code != 0)
        {
            throw new InvalidOperationException(
                $"{Name}: the 'rabbitmq' user cannot write {MnesiaDirectory} (a parent folder is not traversable). "
                + "Use a data folder it can reach, e.g. --data /var/tmp/landplatform, or chmod o+x the parent folders.");
        }
    }

    protected internal override async Task RequestStopAsync(int processId, CancellationToken cancellationToken)
    {
        // rabbitmqctl stop closes connections and syncs queues; SIGTERM to the wrapper script would not reach beam.
        var (code, output) = await RunAsync(ControlCommand, ["-n", NodeName, "stop"], cancellationToken, throwOnError: false).ConfigureAwait(false);
        if (code != 0)
        {
            ProcessSignals.Terminate(processId);
            throw new InvalidOperationException($"{ControlCommand} -n {NodeName} stop failed ({code}): {output}");
        }
    }

    protected internal override Task CleanupAsync(ILogger logger, CancellationToken cancellationToken)
    {
        // beam.smp is started by su in its own session; if the wrapper died first, the tree kill cannot
        // find it, so look for anything still carrying this node's name in its environment. epmd is deliberately left
        // alone: it is one daemon shared by every Erlang node on the machine and exits when idle-killed
        // by the OS or on reboot; it holds no data of this run.
        foreach (var pid in ProcessTable.FindByEnvironment("RABBITMQ_NODENAME", NodeName))
        {
            LogStragglerKilled(logger, Name, pid);
            ProcessSignals.Kill(pid);
        }

        return Task.CompletedTask;
    }

    private static async Task<(int ExitCode, string Output)> RunAsync(
        string command, IReadOnlyList<string> args, CancellationToken cancellationToken, bool throwOnError = true)
    {
        var startInfo = new ProcessStartInfo(command) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in args)
        {
            startInfo.ArgumentList.Add(arg);
        }

        using var process = Process.Start(startInfo) ?? throw new InvalidOperationException($"could not start {command}");
        var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
        var output = (await stdout.ConfigureAwait(false) + await stderr.ConfigureAwait(false)).Trim();
        if (throwOnError && process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{command} {string.Join(' ', args)} failed ({process.ExitCode}): {output}");
        }

        return (process.ExitCode, output);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Resource}: killing leftover node process {Pid}")]
    private static partial void LogStragglerKilled(ILogger logger, string resource, int pid);
}
