using System.Net.Sockets;
using MassTransit;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace LandPlatform.Messaging;

/// <summary>
/// Readiness "bus": unhealthy when the broker cannot be reached or MassTransit reports its endpoints down.
/// MassTransit's own check only watches receive endpoints, so for a publish-only service (no consumers) it stays
/// Healthy through a broker outage (seen in BrokerOutageTests); the TCP probe covers that case.
/// </summary>
internal sealed class BrokerHealthCheck(IBusControl bus, AmqpUri broker) : IHealthCheck
{
    private static readonly TimeSpan ProbeTimeout = TimeSpan.FromSeconds(2);

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
        return busHealth.Status == BusHealthStatus.Unhealthy
            ? HealthCheckResult.Unhealthy(busHealth.Description, busHealth.Exception)
            : HealthCheckResult.Healthy(busHealth.Description);
    }
}
