using System.Net.Sockets;
using MassTransit;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace LandPlatform.Messaging;

/// <summary>
/// Readiness "bus": unhealthy when the broker cannot be reached or MassTransit reports its endpoints down.
/// MassTransit's own check only watches receive endpoints, so for a publish-only service (no consumers) it stays
/// Healthy through a broker outage (seen in BrokerOutageTests); the TCP probe covers that case.
/// Until every receive endpoint has been up once, MassTransit says Degraded, which a health endpoint answers 200:
/// the service looked ready while some of its queues were not yet bound to their exchanges, and an event another
/// service published in that window had no queue to land in and was gone (found by the whole-life tests). So at
/// start-up Degraded counts as not ready; later, Degraded (an endpoint restarting) is reported as it is.
/// </summary>
internal sealed class BrokerHealthCheck(IBusControl bus, AmqpUri broker) : IHealthCheck
{
    private static readonly TimeSpan ProbeTimeout = TimeSpan.FromSeconds(2);

    private volatile bool _wasHealthy;

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(ProbeTimeout);
            using var client = new TcpClient();
            await client.ConnectAsync(broker.Host, broker.Port, timeout.Token);
        }
        catch (Exception e) when (e is SocketException or OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy($"Broker {broker.Host}:{broker.Port} unreachable", e);
        }

        var busHealth = bus.CheckHealth();
        switch (busHealth.Status)
        {
            case BusHealthStatus.Healthy:
                _wasHealthy = true;
                return HealthCheckResult.Healthy(busHealth.Description);
            case BusHealthStatus.Degraded when _wasHealthy:
                return HealthCheckResult.Degraded(busHealth.Description, busHealth.Exception);
            case BusHealthStatus.Degraded:
                return HealthCheckResult.Unhealthy($"Starting: not every receive endpoint is up yet ({busHealth.Description})", busHealth.Exception);
            default:
                return HealthCheckResult.Unhealthy(busHealth.Description, busHealth.Exception);
        }
    }
}
