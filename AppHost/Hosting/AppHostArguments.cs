using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace LandPlatform.AppHost.Hosting;

/// <summary>Command line and environment → options. Command line wins over environment over default.</summary>
public static class AppHostArguments
{
    public const string GatewayPortVariable = "LANDPLATFORM_GATEWAY_PORT";

    public const string Usage = """
        Usage: LandPlatform.AppHost [options]
          --http-port <port>    gateway's external port (default 8080, env LANDPLATFORM_GATEWAY_PORT; 0 = any free port)
          --data <dir>          keep data (SQLite files, broker) in <dir> across runs
          --persistent          keep data in <repo>/.data/persistent across runs
          --health-path <path>  readiness path every project must answer 200 on (default /health)
          -h, --help            show this help
        Without --data/--persistent every run gets a fresh <repo>/.data/run-<timestamp> folder.
        """;

    /// <exception cref="ArgumentException">An unknown option or a bad value; the message says which.</exception>
    public static DistributedApplicationOptions Parse(
        IReadOnlyList<string> args, IReadOnlyDictionary<string, string> environment, string repositoryRoot, DateTimeOffset now, int processId)
    {
        int? port = null;
        string? data = null;
        var persistent = false;
        var healthPath = "/health";
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--http-port":
                    port = ParsePort(ValueAfter(args, ref i), "--http-port");
                    break;
                case "--data":
                    data = ValueAfter(args, ref i);
                    break;
                case "--persistent":
                    persistent = true;
                    break;
                case "--health-path":
                    healthPath = ValueAfter(args, ref i);
                    healthPath = healthPath.StartsWith('/') ? healthPath : "/" + healthPath;
                    break;
                default:
                    throw new ArgumentException($"unknown option '{args[i]}'");
            }
        }

        if (port is null && environment.TryGetValue(GatewayPortVariable, out var fromEnvironment) && fromEnvironment.Length > 0)
        {
            port = ParsePort(fromEnvironment, GatewayPortVariable);
        }

        if (data is null && persistent)
        {
            data = Path.Combine(repositoryRoot, ".data", "persistent");
        }

        var dataDirectory = data is null
            ? null
            : Path.GetFullPath(data, Environment.CurrentDirectory);
        var runId = dataDirectory is null
            ? string.Create(CultureInfo.InvariantCulture, $"{now:yyyyMMdd-HHmmss}-{processId}")
            // Same folder → same node name: RabbitMQ keeps its database per node name inside the folder.
            : "p-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(dataDirectory)))[..10];

        return new DistributedApplicationOptions
        {
            RepositoryRoot = repositoryRoot,
            DataDirectory = dataDirectory ?? Path.Combine(repositoryRoot, ".data", "run-" + runId),
            PersistentData = dataDirectory is not null,
            RunId = runId,
            GatewayHttpPort = port ?? DistributedApplicationOptions.DefaultGatewayHttpPort,
            HealthPath = healthPath,
            HostEnvironment = environment,
        };
    }

    private static string ValueAfter(IReadOnlyList<string> args, ref int i)
    {
        if (i + 1 >= args.Count || args[i + 1].StartsWith("--", StringComparison.Ordinal))
        {
            throw new ArgumentException($"option '{args[i]}' needs a value");
        }

        return args[++i];
    }

    private static int ParsePort(string text, string source) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var port) && port is >= 0 and <= 65535
            ? port
            : throw new ArgumentException($"{source}: '{text}' is not a port (0-65535)");
}
