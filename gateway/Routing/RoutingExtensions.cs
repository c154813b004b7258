using LandPlatform.Gateway.Health;
using LandPlatform.ServiceDefaults.Discovery;

namespace LandPlatform.Gateway.Routing;

public static class RoutingExtensions
{
    public static IHostApplicationBuilder AddPlatformRoutes(this IHostApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection("Gateway").Get<GatewayOptions>() ?? new GatewayOptions();
        var endpoints = new ServiceEndpoints(builder.Configuration);

        builder.Services.AddSingleton(options);
        builder.Services.AddTransient<IStartupFilter, RequestBodyLimitStartupFilter>();
        builder.Services.AddReverseProxy()
            .LoadFromMemory(RouteTable.Routes(options), RouteTable.Clusters(endpoints, options));

        var health = builder.Services.AddHealthChecks();
        foreach (var service in PlatformServices.Names)
        {
            var address = endpoints.Resolve(service);
            health.Add(new(service, sp => new DestinationHealthCheck(
                sp.GetRequiredService<IHttpClientFactory>(), service, address), failureStatus: null, tags: null));
        }

        builder.Services.AddHttpClient(DestinationHealthCheck.ClientName, c => c.Timeout = TimeSpan.FromSeconds(3));
        return builder;
    }
}
