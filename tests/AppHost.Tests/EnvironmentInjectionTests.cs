using LandPlatform.AppHost.Hosting;
using LandPlatform.AppHost.Hosting.Resources;

namespace LandPlatform.AppHost.Tests;

public sealed class EnvironmentInjectionTests
{
    private static IReadOnlyDictionary<string, string> EnvironmentOf(DistributedApplication app, string name) =>
        app.Graph.Resources.Single(r => r.Name == name).ResolvedEnvironment;

    [Fact]
    public void A_project_reference_injects_Aspire_service_discovery_keys_for_both_endpoints()
    {
        var builder = DistributedApplication.CreateBuilder(TestOptions.Create());
        var credit = builder.AddProject("credit", "services/Credit");
        builder.AddProject("admission", "services/Admission").WithReference(credit);

        var app = builder.Build();
        var environment = EnvironmentOf(app, "admission");

        var http = credit.Resource.Endpoints.Single(e => e.Name == "http");
        var grpc = credit.Resource.Endpoints.Single(e => e.Name == "grpc");
        Assert.Equal($"http://127.0.0.1:{http.Port}", environment["services__credit__http__0"]);
        Assert.Equal($"http://127.0.0.1:{grpc.Port}", environment["services__credit__grpc__0"]);
        Assert.DoesNotContain("services__admission__http__0", environment.Keys);
    }

    [Fact]
    public void A_bus_reference_injects_its_connection_string()
    {
        var builder = DistributedApplication.CreateBuilder(TestOptions.Create());
        var bus = builder.AddRabbitMQ("bus");
        builder.AddProject("credit", "services/Credit").WithReference(bus);

        var environment = EnvironmentOf(builder.Build(), "credit");

        Assert.Equal($"amqp://guest:guest@127.0.0.1:{bus.Resource.AmqpPort}/", environment["ConnectionStrings__bus"]);
        Assert.DoesNotContain(environment.Keys, k => k.StartsWith("services__bus", StringComparison.Ordinal));
    }

    [Fact]
    public void A_project_gets_its_endpoints_database_and_runtime_settings()
    {
        var options = TestOptions.Create();
        var builder = DistributedApplication.CreateBuilder(options);
        var pricing = builder.AddProject("pricing", "services/Pricing");

        var environment = EnvironmentOf(builder.Build(), "pricing");

        var http = pricing.Resource.Endpoints.Single(e => e.Name == "http");
        var grpc = pricing.Resource.Endpoints.Single(e => e.Name == "grpc");
        Assert.Equal(http.Url, environment["Kestrel__Endpoints__http__Url"]);
        Assert.Equal(grpc.Url, environment["Kestrel__Endpoints__grpc__Url"]);
        Assert.Equal("Http2", environment["Kestrel__Endpoints__grpc__Protocols"]);
        Assert.DoesNotContain("Kestrel__Endpoints__http__Protocols", environment.Keys);
        Assert.Equal($"Data Source={Path.Combine(options.DataDirectory, "pricing.db")}", environment["ConnectionStrings__pricingdb"]);
        Assert.Equal("pricing", environment["OTEL_SERVICE_NAME"]);
        Assert.Equal("Development", environment["ASPNETCORE_ENVIRONMENT"]);
        Assert.Equal("400000", environment["DOTNET_GCgen0size"]);
        Assert.Equal("2", environment["MALLOC_ARENA_MAX"]);
        Assert.DoesNotContain("DOTNET_GCHeapHardLimit", environment.Keys);
        Assert.DoesNotContain("OTEL_EXPORTER_OTLP_ENDPOINT", environment.Keys);
    }

    [Fact]
    public void Memory_settings_given_to_the_host_win_over_the_defaults()
    {
        var builder = DistributedApplication.CreateBuilder(TestOptions.Create(new Dictionary<string, string>
        {
            ["DOTNET_GCgen0size"] = "1000000",
            ["MALLOC_ARENA_MAX"] = "4",
        }));
        builder.AddProject("credit", "services/Credit");

        var environment = EnvironmentOf(builder.Build(), "credit");
        Assert.Equal("1000000", environment["DOTNET_GCgen0size"]);
        Assert.Equal("4", environment["MALLOC_ARENA_MAX"]);
    }

    [Theory]
    [InlineData("services/Admission", "LandPlatform.Admission")]
    [InlineData("services/Pricing", "LandPlatform.Pricing")]
    [InlineData("services/Contracts", "LandPlatform.Contracts")]
    [InlineData("services/Monitoring", "LandPlatform.Monitoring")]
    [InlineData("services/Credit", "LandPlatform.Credit")]
    [InlineData("gateway", "LandPlatform.Gateway")]
    public void Every_platform_process_is_built_for_workstation_GC_without_tiering_or_dynamic_PGO(string project, string assembly)
    {
        // Outside the AppHost too: the settings travel in the built runtimeconfig.json, not in its environment.
        var configuration = Path.GetFileName(Path.GetDirectoryName(AppContext.BaseDirectory.TrimEnd('/'))!);
        var file = Path.Combine(TestOptions.RepositoryRoot, project, "bin", configuration, "net10.0", assembly + ".runtimeconfig.json");
        using var json = System.Text.Json.JsonDocument.Parse(File.ReadAllText(file));
        var properties = json.RootElement.GetProperty("runtimeOptions").GetProperty("configProperties");

        Assert.False(properties.GetProperty("System.GC.Server").GetBoolean());
        Assert.False(properties.GetProperty("System.Runtime.TieredPGO").GetBoolean());
        Assert.False(properties.GetProperty("System.Runtime.TieredCompilation").GetBoolean());
    }

    [Fact]
    public void The_OTLP_endpoint_is_passed_through_with_short_export_intervals_when_the_AppHost_has_one()
    {
        var builder = DistributedApplication.CreateBuilder(TestOptions.Create(new Dictionary<string, string>
        {
            ["OTEL_EXPORTER_OTLP_ENDPOINT"] = "http://127.0.0.1:4318",
            ["OTEL_EXPORTER_OTLP_PROTOCOL"] = "http/protobuf",
        }));
        builder.AddProject("credit", "services/Credit");

        var environment = EnvironmentOf(builder.Build(), "credit");

        Assert.Equal("http://127.0.0.1:4318", environment["OTEL_EXPORTER_OTLP_ENDPOINT"]);
        Assert.Equal("http/protobuf", environment["OTEL_EXPORTER_OTLP_PROTOCOL"]);
        Assert.Equal("1000", environment["OTEL_BLRP_SCHEDULE_DELAY"]);
        Assert.Equal("1000", environment["OTEL_METRIC_EXPORT_INTERVAL"]);
    }

    [Fact]
    public void WithEnvironment_wins_over_defaults()
    {
        var builder = DistributedApplication.CreateBuilder(TestOptions.Create());
        builder.AddProject("credit", "services/Credit").WithEnvironment("ASPNETCORE_ENVIRONMENT", "Staging");

        Assert.Equal("Staging", EnvironmentOf(builder.Build(), "credit")["ASPNETCORE_ENVIRONMENT"]);
    }

    [Fact]
    public void The_gateway_gets_only_an_http_endpoint_on_its_external_port()
    {
        var builder = DistributedApplication.CreateBuilder(TestOptions.Create());
        var gateway = builder.AddProject("gateway", "gateway").WithExternalHttpEndpoint(18080);

        var environment = EnvironmentOf(builder.Build(), "gateway");

        var endpoint = Assert.Single(gateway.Resource.Endpoints);
        Assert.Equal(new EndpointAnnotation("http", 18080, IsExternal: true), endpoint);
        Assert.Equal("http://127.0.0.1:18080", environment["Kestrel__Endpoints__http__Url"]);
        Assert.DoesNotContain(environment.Keys, k => k.Contains("grpc", StringComparison.Ordinal));
        Assert.Equal(new Uri("http://127.0.0.1:18080/health"), Assert.IsType<HttpHealthCheck>(gateway.Resource.HealthCheck).Url);
    }

    [Fact]
    public void A_project_starts_the_built_assembly_named_after_its_csproj()
    {
        var builder = DistributedApplication.CreateBuilder(TestOptions.Create());
        var gateway = builder.AddProject("gateway", "gateway");

        var expected = Path.Combine(TestOptions.RepositoryRoot, "gateway", "bin", DistributedApplicationOptions.BuildConfiguration, "net10.0", "LandPlatform.Gateway.dll");
        Assert.Equal(expected, gateway.Resource.AssemblyPath);
        Assert.Equal([expected], gateway.Resource.Args);
        Assert.Equal("dotnet", Path.GetFileName(gateway.Resource.Command));
    }

    [Fact]
    public void The_broker_is_a_private_node_with_its_own_ports_and_folders()
    {
        var options = TestOptions.Create();
        var builder = DistributedApplication.CreateBuilder(options);
        var bus = builder.AddRabbitMQ("bus").Resource;

        var environment = EnvironmentOf(builder.Build(), "bus");

        Assert.Equal($"lp-{options.RunId}@localhost", environment["RABBITMQ_NODENAME"]);
        Assert.Equal(bus.AmqpPort.ToString(System.Globalization.CultureInfo.InvariantCulture), environment["RABBITMQ_NODE_PORT"]);
        Assert.NotEqual(environment["RABBITMQ_NODE_PORT"], environment["RABBITMQ_DIST_PORT"]);
        Assert.StartsWith(options.DataDirectory, environment["RABBITMQ_MNESIA_BASE"], StringComparison.Ordinal);
        Assert.StartsWith(options.DataDirectory, environment["RABBITMQ_LOG_BASE"], StringComparison.Ordinal);
    }
}
