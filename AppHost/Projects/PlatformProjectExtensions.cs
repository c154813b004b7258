using LandPlatform.AppHost.Options;

namespace Aspire.Hosting;

/// <summary>How every service of the platform is declared: endpoints, health, data and process settings.</summary>
public static class PlatformProjectExtensions
{
    public const string HttpEndpointName = "http";
    public const string GrpcEndpointName = "grpc";

    /// <summary>
    /// A project with an <c>http</c> endpoint (HTTP/1.1, health checks, the gateway's routes) and a <c>grpc</c>
    /// endpoint (cleartext HTTP/2 only), started from its built assembly, healthy when <c>/health</c> answers.
    /// </summary>
    /// <param name="httpPort">A fixed port for operators and scripts; null for any free port.</param>
    public static IResourceBuilder<ProjectResource> AddPlatformProject<TProject>(
        this IDistributedApplicationBuilder builder, string name, int? httpPort = null)
        where TProject : IProjectMetadata, new() =>
        builder.AddProject<TProject>(name, options => options.ExcludeLaunchProfile = true)
            .WithHttpEndpoint(name: HttpEndpointName, port: httpPort)
            .WithHttpEndpoint(name: GrpcEndpointName)
            .WithEndpoint(GrpcEndpointName, endpoint => endpoint.Transport = "http2")
            .WithEnvironment(KestrelEndpoints)
            .WithBuiltAssembly()
            .WithProcessDefaults()
            .WithHttpHealthCheck("/health", endpointName: HttpEndpointName);

    /// <summary>
    /// Each endpoint as a named Kestrel endpoint instead of Aspire's single ASPNETCORE_URLS: cleartext HTTP/2
    /// has no ALPN to negotiate with, so the gRPC port must speak only HTTP/2 while the other keeps HTTP/1.1.
    /// </summary>
    private static void KestrelEndpoints(EnvironmentCallbackContext context)
    {
        var resource = (IResourceWithEndpoints)context.Resource;
        foreach (var name in new[] { HttpEndpointName, GrpcEndpointName })
        {
            var endpoint = resource.GetEndpoint(name);
            context.EnvironmentVariables[$"Kestrel__Endpoints__{name}__Url"] =
                ReferenceExpression.Create($"http://localhost:{endpoint.Property(EndpointProperty.TargetPort)}");
        }

        context.EnvironmentVariables[$"Kestrel__Endpoints__{GrpcEndpointName}__Protocols"] = "Http2";
        // Kestrel would warn that its configured endpoints override these same addresses.
        context.EnvironmentVariables.Remove("ASPNETCORE_URLS");
    }

    /// <summary>
    /// Starts <c>dotnet bin/&lt;configuration&gt;/net10.0/LandPlatform.X.dll</c> instead of Aspire's default
    /// <c>dotnet run --no-build --project …</c>: that wrapper is an SDK process of about 125 MB kept alive beside
    /// every service. A project resource carrying an <see cref="ExecutableAnnotation"/> is launched with that
    /// command and the resource's own arguments (Aspire does this for MAUI's platform resources), and it stays a
    /// project resource: same dashboard view, OTLP variables, references and discovery.
    /// </summary>
    public static IResourceBuilder<ProjectResource> WithBuiltAssembly(this IResourceBuilder<ProjectResource> builder)
    {
        var projectPath = builder.Resource.GetProjectMetadata().ProjectPath;
        var directory = Path.GetDirectoryName(projectPath)!;
        // Directory.Build.props names every assembly LandPlatform.$(MSBuildProjectName).
        var assembly = Path.Combine(directory, "bin", BuildConfiguration, "net10.0",
            $"LandPlatform.{Path.GetFileNameWithoutExtension(projectPath)}.dll");
        return builder
            .WithAnnotation(new ExecutableAnnotation { Command = "dotnet", WorkingDirectory = directory })
            .WithArgs(assembly);
    }

    /// <summary>The AppHost's own build: one build command builds and configures both.</summary>
    public static string BuildConfiguration =>
#if DEBUG
        "Debug";
#else
        "Release";
#endif

    /// <summary>Process settings that keep an idle service under the 150 MB budget, unless the host sets them.</summary>
    public static IResourceBuilder<ProjectResource> WithProcessDefaults(this IResourceBuilder<ProjectResource> builder)
    {
        // GC mode, tiering and PGO come from each project's runtimeconfig (Directory.Build.props). The gen0 budget
        // can only be set through the environment: 4 MiB (hexadecimal, like every DOTNET_GC* number) instead of one
        // sized from the CPU cache (tens of MB), so an idle service collects its small steady garbage (probes,
        // polls) rather than growing its heap towards the cache size.
        // glibc gives each busy thread its own malloc arena, and each keeps its high-water mark: two arenas hold an
        // idle service's native memory (SQLite, OpenSSL) about 3 MB lower after a few minutes.
        foreach (var (key, value) in new[]
        {
            ("ASPNETCORE_ENVIRONMENT", "Development"),
            ("DOTNET_GCgen0size", "400000"),
            ("MALLOC_ARENA_MAX", "2"),
        })
        {
            builder.WithEnvironment(key, Environment.GetEnvironmentVariable(key) is { Length: > 0 } fromHost ? fromHost : value);
        }

        return builder;
    }

    /// <summary>
    /// The service's own database, read as <c>ConnectionStrings:{name}db</c>: a SQLite file in the run's data
    /// folder, or a database of the private PostgreSQL cluster (created by the service's migrations).
    /// </summary>
    public static IResourceBuilder<ProjectResource> WithServiceDatabase(
        this IResourceBuilder<ProjectResource> builder, PlatformRun run, IResourceBuilder<LandPlatform.AppHost.PostgreSql.PostgresServerResource>? postgres)
    {
        var key = $"ConnectionStrings__{builder.Resource.Name}db";
        if (postgres is null)
        {
            return builder.WithEnvironment(key, $"Data Source={Path.Combine(run.DataDirectory, builder.Resource.Name + ".db")}");
        }

        return builder
            .WithEnvironment("Database__Provider", "postgres")
            .WithEnvironment(key, postgres.Resource.DatabaseConnectionString(builder.Resource.Name))
            .WaitFor(postgres);
    }

    /// <summary>
    /// Sends telemetry to the collector named by <c>LandPlatform:OtlpEndpoint</c> (OTLP over HTTP/protobuf)
    /// instead of the dashboard: tests read the platform's spans back from a receiver of their own.
    /// </summary>
    public static IResourceBuilder<ProjectResource> WithOtlpOverride(this IResourceBuilder<ProjectResource> builder, string? endpoint)
    {
        if (string.IsNullOrEmpty(endpoint))
        {
            return builder;
        }

        return builder.WithEnvironment(context =>
        {
            context.EnvironmentVariables["OTEL_EXPORTER_OTLP_ENDPOINT"] = endpoint;
            context.EnvironmentVariables["OTEL_EXPORTER_OTLP_PROTOCOL"] = "http/protobuf";
            context.EnvironmentVariables.Remove("OTEL_EXPORTER_OTLP_HEADERS");
            context.EnvironmentVariables["OTEL_BSP_SCHEDULE_DELAY"] = "500";
            context.EnvironmentVariables["OTEL_BLRP_SCHEDULE_DELAY"] = "500";
        });
    }
}
