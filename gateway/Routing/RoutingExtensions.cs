using LandPlatform.Gateway.Health;

namespace LandPlatform.Gateway.Routing;

public static class RoutingExtensions
{
    public static IHostApplicationBuilder AddPlatformRoutes(this IHostApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection("Gateway").Get<GatewayOptions>() ?? new GatewayOptions();

        builder.Services.AddSingleton(options);
        // The portal is not one of the health-checked destinations: the APIs stay usable while it restarts.
        var portal = PortalRoute.IsConfigured(builder.Configuration);
        builder.Services.AddTransient<IStartupFilter, RequestBodyLimitStartupFilter>();
        builder.Services.AddReverseProxy()
            .LoadFromMemory(
                [.. RouteTable.Routes(options), .. portal ? [PortalRoute.Route(options)] : Array.Empty<Yarp.ReverseProxy.Configuration.RouteConfig>()],
                [.. RouteTable.Clusters(options), .. portal ? [PortalRoute.Cluster(options)] : Array.Empty<Yarp.ReverseProxy.Configuration.ClusterConfig>()])
            .AddServiceDiscoveryDestinationResolver();

        var health = builder.Services.AddHealthChecks();
        foreach (var service in PlatformServices.Names)
        {
            health.Add(new(service, sp => new DestinationHealthCheck(
                sp.GetRequiredService<IHttpClientFactory>(), service), failureStatus: null, tags: null));
        }

        // A probe reports what it sees at once: the default resilience handler would retry a refused
        // destination for seconds and hide an outage behind the probe's timeout. Discovery stays.
#pragma warning disable EXTEXP0001 // experimental, and the library's only way to opt one client out of the defaults
        builder.Services.AddHttpClient(DestinationHealthCheck.ClientName, c => c.Timeout = TimeSpan.FromSeconds(3))
            .RemoveAllResilienceHandlers();
#pragma warning restore EXTEXP0001
        return builder;
    }
}
