using Yarp.ReverseProxy.Configuration;
using Yarp.ReverseProxy.Forwarder;

namespace LandPlatform.Gateway.Routing;

/// <summary>
/// Builds YARP's routes and clusters: <c>/api/{service}/**</c> goes to that service with the prefix
/// removed, to <c>http://{service}</c>, which service discovery resolves (<c>services:{service}:http:0</c>,
/// injected by the AppHost), with active health probes on <c>/health</c>.
/// </summary>
public static class RouteTable
{
    public static IReadOnlyList<RouteConfig> Routes(GatewayOptions options) =>
        PlatformServices.Names.Select(service => new RouteConfig
        {
            RouteId = service,
            ClusterId = service,
            Match = new RouteMatch { Path = $"/api/{service}/{{**rest}}" },
            MaxRequestBodySize = options.MaxRequestBodyBytes,
            Transforms = [new Dictionary<string, string> { ["PathRemovePrefix"] = $"/api/{service}" }],
        }).ToList();

    public static IReadOnlyList<ClusterConfig> Clusters(GatewayOptions options) =>
        PlatformServices.Names.Select(service => new ClusterConfig
        {
            ClusterId = service,
            Destinations = new Dictionary<string, DestinationConfig>
            {
                [$"{service}-0"] = new() { Address = PlatformServices.Address(service).ToString() },
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
            // The request timeout is YARP's: when it runs out before the service answers, YARP reports
            // RequestTimedOut and the caller gets 504. (An ASP.NET Core request-timeout policy on the
            // route instead cancels the request as if the client had gone, and YARP answers 400.)
            HttpRequest = new ForwarderRequestConfig { ActivityTimeout = options.RequestTimeout },
        }).ToList();
}
