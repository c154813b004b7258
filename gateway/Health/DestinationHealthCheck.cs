using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace LandPlatform.Gateway.Health;

/// <summary>
/// The gateway is only as ready as the services behind it: its <c>/health</c> asks each
/// destination's <c>/health</c> and reports each by name.
/// </summary>
internal sealed class DestinationHealthCheck(IHttpClientFactory clients, string service, Uri address) : IHealthCheck
{
    public const string ClientName = "destination-health";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            using var response = await clients.CreateClient(ClientName).GetAsync(new Uri(address, "/health"), cancellationToken);
            return response.IsSuccessStatusCode
                ? HealthCheckResult.Healthy($"{service} at {address} is healthy")
                : HealthCheckResult.Unhealthy($"{service} at {address} answered {(int)response.StatusCode}");
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            return HealthCheckResult.Unhealthy($"{service} at {address} is unreachable: {ex.Message}");
        }
    }
}
