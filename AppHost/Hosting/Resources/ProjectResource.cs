namespace LandPlatform.AppHost.Hosting.Resources;

/// <summary>
/// A .NET project of this repository, started from its BUILT assembly (<c>dotnet X.dll</c>):
/// <c>dotnet run</c> per service would build six times in parallel and keep an SDK process per
/// service in memory.
/// </summary>
public sealed class ProjectResource : ExecutableResource
{
    public ProjectResource(string name, string projectDirectory, string assemblyPath, string dotnetHost)
        : base(name, dotnetHost, [assemblyPath], projectDirectory)
    {
        ProjectDirectory = projectDirectory;
        AssemblyPath = assemblyPath;
    }

    public string ProjectDirectory { get; }

    public string AssemblyPath { get; }

    internal const string Gen0BudgetVariable = "DOTNET_GCgen0size";

    internal const string DefaultGen0Budget = "400000";

    internal const string MallocArenasVariable = "MALLOC_ARENA_MAX";

    internal const string DefaultMallocArenas = "2";

    protected internal override void AddDefaultEnvironment(IDictionary<string, string> environment, DistributedApplicationOptions options)
    {
        foreach (var endpoint in Endpoints)
        {
            environment[$"Kestrel__Endpoints__{endpoint.Name}__Url"] = endpoint.Url;
            if (endpoint.IsHttp2Only)
            {
                // Cleartext HTTP/2 has no ALPN to negotiate with, so the gRPC port must speak only HTTP/2.
                environment[$"Kestrel__Endpoints__{endpoint.Name}__Protocols"] = "Http2";
            }
        }

        environment[$"ConnectionStrings__{Name}db"] = $"Data Source={Path.Combine(options.DataDirectory, Name + ".db")}";
        environment["OTEL_SERVICE_NAME"] = Name;
        SetUnlessHostHasIt(environment, options, "ASPNETCORE_ENVIRONMENT", "Development");
        // GC mode, tiering and PGO come from each project's runtimeconfig (Directory.Build.props). The gen0 budget
        // can only be set through the environment: 4 MiB (hexadecimal, like every DOTNET_GC* number) instead of
        // one sized from the CPU cache (tens of MB), so an idle service collects its small steady garbage
        // (probes, polls) rather than growing its heap towards the cache size.
        SetUnlessHostHasIt(environment, options, Gen0BudgetVariable, DefaultGen0Budget);
        // glibc gives each busy thread its own malloc arena, and each keeps its high-water mark: two arenas hold
        // an idle service's native memory (SQLite, OpenSSL) about 3 MB lower after a few minutes.
        SetUnlessHostHasIt(environment, options, MallocArenasVariable, DefaultMallocArenas);
        AddTelemetryEnvironment(environment, options);
    }

    private static void SetUnlessHostHasIt(
        IDictionary<string, string> environment, DistributedApplicationOptions options, string key, string value) =>
        environment[key] = options.HostVariable(key) ?? value;

    private static void AddTelemetryEnvironment(IDictionary<string, string> environment, DistributedApplicationOptions options)
    {
        var endpoint = options.HostVariable("OTEL_EXPORTER_OTLP_ENDPOINT");
        if (endpoint is null)
        {
            return;
        }

        environment["OTEL_EXPORTER_OTLP_ENDPOINT"] = endpoint;
        foreach (var key in new[] { "OTEL_EXPORTER_OTLP_PROTOCOL", "OTEL_EXPORTER_OTLP_HEADERS" })
        {
            if (options.HostVariable(key) is { } value)
            {
                environment[key] = value;
            }
        }

        // Aspire's values: a developer looking at traces should not wait the 5 s/60 s defaults.
        environment["OTEL_BLRP_SCHEDULE_DELAY"] = "1000";
        environment["OTEL_BSP_SCHEDULE_DELAY"] = "1000";
        environment["OTEL_METRIC_EXPORT_INTERVAL"] = "1000";
    }

    protected internal override IEnumerable<string> Validate()
    {
        if (!File.Exists(AssemblyPath))
        {
            yield return $"{Name}: {AssemblyPath} does not exist; build first (dotnet build LandPlatform.sln -c {ConfigurationOf(AssemblyPath)}).";
        }
    }

    private static string ConfigurationOf(string assemblyPath) =>
        Path.GetFileName(Path.GetDirectoryName(Path.GetDirectoryName(assemblyPath)) ?? "Release");
}
