using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Configuration;

namespace LandPlatform.AppHost.Options;

/// <summary>One run of the platform: where its data lives and which fixed port the gateway takes.</summary>
/// <param name="DataDirectory">SQLite files, the broker's and PostgreSQL's folders.</param>
/// <param name="RunId">Names this run's private things (the RabbitMQ node) so concurrent runs do not collide.</param>
/// <param name="HttpPort">The gateway's fixed port, or null for any free port.</param>
public sealed record PlatformRun(string DataDirectory, string RunId, int? HttpPort, bool UsesPostgres, bool ControllableClock = false)
{
    public static PlatformRun From(IConfiguration configuration, string repositoryRoot, DateTimeOffset now)
    {
        var port = configuration.GetValue<int?>(PlatformOptions.HttpPortKey) ?? PlatformOptions.DefaultHttpPort;
        var data = configuration[PlatformOptions.DataDirectoryKey];
        if (string.IsNullOrEmpty(data) && configuration.GetValue<bool>(PlatformOptions.PersistentKey))
        {
            data = Path.Combine(repositoryRoot, ".data", "persistent");
        }

        var runId = string.IsNullOrEmpty(data)
            ? string.Create(CultureInfo.InvariantCulture, $"{now:yyyyMMdd-HHmmss}-{Environment.ProcessId}")
            // Same folder → same node name: RabbitMQ keeps its database per node name inside the folder.
            : "p-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(data)))[..10];
        var directory = string.IsNullOrEmpty(data) ? Path.Combine(repositoryRoot, ".data", "run-" + runId) : data;
        var usesPostgres = string.Equals(configuration[PlatformOptions.DatabaseProviderKey], "postgres", StringComparison.OrdinalIgnoreCase);
        Directory.CreateDirectory(directory);
        return new PlatformRun(directory, runId, port == 0 ? null : port, usesPostgres,
            configuration.GetValue<bool>(PlatformOptions.ControllableClockKey));
    }
}
