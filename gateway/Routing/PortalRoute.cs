using Yarp.ReverseProxy.Configuration;
using Yarp.ReverseProxy.Model;

namespace LandPlatform.Gateway.Routing;

/// <summary>
/// The web portal behind the gateway: every path that is not an API route (<c>/</c>, the pages, the sign-in
/// callback, static files) goes to <c>http://web</c>, when service discovery knows the portal
/// (<c>services:web:http:0</c>, which the AppHost injects). The portal signs people in itself (a cookie session), so
/// these requests pass the gateway's bearer gate and carry the portal's own security headers; <c>/api/**</c> keeps
/// its routes, gate and headers, and an unknown API path is still the gateway's 404, never a portal page.
/// </summary>
public static class PortalRoute
{
    public const string Name = "web";

    public static bool IsConfigured(IConfiguration configuration) =>
        !string.IsNullOrWhiteSpace(configuration[$"services:{Name}:http:0"]);

    public static RouteConfig Route(GatewayOptions options) => new()
    {
        RouteId = Name,
        ClusterId = Name,
        // After every API route: the catch-all has the lowest precedence anyway, and Order makes it explicit.
        Order = int.MaxValue,
        Match = new RouteMatch { Path = "/{**rest}" },
        MaxRequestBodySize = options.MaxRequestBodyBytes,
    };

    public static ClusterConfig Cluster(GatewayOptions options) => new()
    {
        ClusterId = Name,
        Destinations = new Dictionary<string, DestinationConfig> { [$"{Name}-0"] = new() { Address = $"http://{Name}" } },
        HttpRequest = new Yarp.ReverseProxy.Forwarder.ForwarderRequestConfig { ActivityTimeout = options.RequestTimeout },
    };

    /// <summary>Whether this request was routed to the portal (and is not under <c>/api</c>).</summary>
    public static bool Serves(HttpContext context) =>
        context.GetEndpoint()?.Metadata.GetMetadata<RouteModel>()?.Config.RouteId == Name && !IsApi(context.Request.Path);

    /// <summary>An API path no service route matched, which the portal route would otherwise have taken.</summary>
    public static bool IsUnknownApiPath(HttpContext context) =>
        context.GetEndpoint()?.Metadata.GetMetadata<RouteModel>()?.Config.RouteId == Name && IsApi(context.Request.Path);

    private static bool IsApi(PathString path) => path.StartsWithSegments("/api");
}
