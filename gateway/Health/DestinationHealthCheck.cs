using LandPlatform.Gateway.Routing;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace LandPlatform.Gateway.Health;

/// <summary>
/// The gateway is only as ready as the services behind it: its <c>/health</c> asks each
/// destination's <c>/health</c> (found by service discovery, as the proxy finds it) and reports each by name.
/// </summary>
internal sealed class DestinationHealthCheck(IHttpClientFactory clients, string service) : IHealthCheck
{
    public const string ClientName = "destination-health";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var address = PlatformServices.Address(service);
        try
        {
            using var response = await clients.CreateClient(ClientName).GetAsync(new Uri(address, "/health"), cancellationToken);
            return response.IsSuccessStatusCode
                ? HealthCheckResult.Healthy($"{service} is healthy")
                : HealthCheckResult.Unhealthy($"{service} answered {(int)response.StatusCode}");
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or InvalidOperationException)
        {
            // InvalidOperationException: service discovery has no address for it.
            return HealthCheckResult.Unhealthy($"{service} is unreachable: {ex.Message}");
        }
    }
}
