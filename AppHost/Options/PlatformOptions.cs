using System.Globalization;

namespace LandPlatform.AppHost.Options;

/// <summary>
/// The AppHost's own switches. They are turned into configuration keys (<c>LandPlatform:*</c>,
/// <c>Database:Provider</c>) before Aspire sees the command line, so the same settings also come from
/// environment variables (<c>LandPlatform__HttpPort</c>) and from test builders' arguments.
/// </summary>
public static class PlatformOptions
{
    public const string HttpPortKey = "LandPlatform:HttpPort";
    public const string DataDirectoryKey = "LandPlatform:DataDirectory";
    public const string PersistentKey = "LandPlatform:Persistent";
    public const string DatabaseProviderKey = "Database:Provider";
    public const string OtlpEndpointKey = "LandPlatform:OtlpEndpoint";
    public const string ControllableClockKey = "LandPlatform:ControllableClock";
    public const int DefaultHttpPort = 8080;

    public const string Usage = """
        Usage: LandPlatform.AppHost [options]
          --http-port <port>   the gateway's fixed port (default 8080; the issuer takes the next one; 0 = any free port)
          --data <dir>         keep data (SQLite files, broker, PostgreSQL cluster) in <dir> across runs
          --persistent         keep data in <repo>/.data/persistent across runs
          --postgres           services store their data in a private PostgreSQL cluster instead of SQLite files
          --controllable-clock operators may move every service's clock forward (POST /api/<service>/operations/clock);
                               for end-to-end tests and demonstrations only, never in production
          -h, --help           show this help
        Without --data/--persistent every run gets a fresh <repo>/.data/run-<timestamp> folder.
        Dashboard: ASPIRE_DASHBOARD_FRONTEND_BROWSERTOKEN fixes its login token, AppHost__DashboardApiKey its API key.
        """;

    /// <summary>The command line with this AppHost's switches rewritten as configuration arguments.</summary>
    /// <exception cref="ArgumentException">A switch without its value or with a bad one.</exception>
    public static string[] ToConfigurationArguments(IReadOnlyList<string> args)
    {
        var result = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--http-port":
                    result.Add($"--{HttpPortKey}={ParsePort(ValueAfter(args, ref i))}");
                    break;
                case "--data":
                    result.Add($"--{DataDirectoryKey}={Path.GetFullPath(ValueAfter(args, ref i))}");
                    break;
                case "--persistent":
                    result.Add($"--{PersistentKey}=true");
                    break;
                case "--postgres":
                    result.Add($"--{DatabaseProviderKey}=postgres");
                    break;
                case "--controllable-clock":
                    result.Add($"--{ControllableClockKey}=true");
                    break;
                default:
                    // Aspire's and .NET's own configuration arguments pass through unchanged.
                    result.Add(args[i]);
                    break;
            }
        }

        return [.. result];
    }

    public static bool AsksForHelp(IReadOnlyList<string> args) => args.Any(a => a is "-h" or "--help");

    private static string ValueAfter(IReadOnlyList<string> args, ref int i)
    {
        if (i + 1 >= args.Count || args[i + 1].StartsWith("--", StringComparison.Ordinal))
        {
            throw new ArgumentException($"option '{args[i]}' needs a value");
        }

        return args[++i];
    }

    private static int ParsePort(string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var port) && port is >= 0 and <= 65535
            ? port
            : throw new ArgumentException($"--http-port: '{text}' is not a port (0-65535)");
}
