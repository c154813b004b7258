namespace LandPlatform.AppHost.Hosting;

/// <summary>Everything about one run that is not a resource: where, which build, which ports.</summary>
public sealed class DistributedApplicationOptions
{
    public const int DefaultGatewayHttpPort = 8080;

    /// <summary>The folder holding LandPlatform.sln; project paths are relative to it.</summary>
    public required string RepositoryRoot { get; init; }

    /// <summary>SQLite files and the broker's folders. A fresh folder per run unless persistent.</summary>
    public required string DataDirectory { get; init; }

    public bool PersistentData { get; init; }

    /// <summary>Names this run's private things (the RabbitMQ node), so concurrent runs do not collide.</summary>
    public required string RunId { get; init; }

    /// <summary>The gateway's external port; 0 picks a free one (tests, benchmarks).</summary>
    public int GatewayHttpPort { get; init; } = DefaultGatewayHttpPort;

    /// <summary>
    /// When the platform began starting: the reported start-up time runs from here. Not the process's start
    /// time, because run.sh execs the AppHost from the shell that just built it (same process, same start time).
    /// </summary>
    public DateTimeOffset StartedAt { get; init; } = DateTimeOffset.Now;

    /// <summary>Which build of the projects to start: the AppHost's own, so one build command serves both.</summary>
    public string Configuration { get; init; } = BuildConfiguration;

    /// <summary>The path every project answers 200 on when ready (ServiceDefaults maps it).</summary>
    public string HealthPath { get; init; } = "/health";

    /// <summary>The AppHost's environment at start, read for pass-through (OTLP endpoint…).</summary>
    public IReadOnlyDictionary<string, string> HostEnvironment { get; init; } = SnapshotEnvironment();

    public static string BuildConfiguration =>
#if DEBUG
        "Debug";
#else
        "Release";
#endif

    public string? HostVariable(string key) =>
        HostEnvironment.TryGetValue(key, out var value) && value.Length > 0 ? value : null;

    public static IReadOnlyDictionary<string, string> SnapshotEnvironment() =>
        Environment.GetEnvironmentVariables()
            .Cast<System.Collections.DictionaryEntry>()
            .ToDictionary(e => (string)e.Key, e => e.Value as string ?? "", StringComparer.Ordinal);
}
