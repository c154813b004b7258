using LandPlatform.ServiceDefaults.Discovery;
using Yarp.ReverseProxy.Configuration;
using Yarp.ReverseProxy.Forwarder;

namespace LandPlatform.Gateway.Routing;

/// <summary>
/// Builds YARP's routes and clusters: <c>/api/{service}/**</c> goes to that service with the prefix
/// removed, to the address service discovery gives, with active health probes on <c>/health</c>.
/// </summary>
public static class RouteTable
{
    public const string TimeoutPolicy = "gateway-timeout";

    public static IReadOnlyList<RouteConfig> Routes(GatewayOptions options) =>
        PlatformServices.Names.Select(service => new RouteConfig
        {
            RouteId = service,
            ClusterId = service,
            Match = new RouteMatch { Path = $"/api/{service}/{{**rest}}" },
            TimeoutPolicy = TimeoutPolicy,
            MaxRequestBodySize = options.MaxRequestBodyBytes,
            Transforms = [new Dictionary<string, string> { ["PathRemovePrefix"] = $"/api/{service}" }],
        }).ToList();

    public static IReadOnlyList<ClusterConfig> Clusters(ServiceEndpoints endpoints, GatewayOptions options) =>
        PlatformServices.Names.Select(service => new ClusterConfig
        {
            ClusterId = service,
            Destinations = new Dictionary<string, DestinationConfig>
            {
                [$"{service}-0"] = new() { Address = endpoints.Resolve(service).ToString() },
            },
            HealthCheck = new HealthCheckConfig
            {
                Active = new ActiveHealthCheckConfig
                {
                    Enabled = true,
                    Interval = options.HealthProbeInterval,
                    Timeout = TimeSpan.FromSeconds(3),
                    Policy = "ConsecutiveFailures",
                    Path = "/health",
                },
            },
            HttpRequest = new ForwarderRequestConfig { ActivityTimeout = options.RequestTimeout },
        }).ToList();
}
