using System.Net.Sockets;
using MassTransit;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace LandPlatform.Messaging;

/// <summary>
/// Readiness "bus": unhealthy when the broker cannot be reached or MassTransit reports its endpoints down.
/// MassTransit's own check only watches receive endpoints, so for a publish-only service (no consumers) it stays
/// Healthy through a broker outage (seen in BrokerOutageTests); the TCP probe covers that case.
/// <para>
/// Until every receive endpoint has been ready once, anything short of MassTransit's Healthy is unready. MassTransit
/// calls the bus Degraded, not Unhealthy, while some endpoints are ready and others are still "not ready" or faulted
/// (BaseHost.CheckHealth); a service reported ready then has queues not yet bound to their exchanges, and an event
/// another service publishes meanwhile is dropped by the broker for want of a binding. On a loaded machine the first
/// channels of a service fail (BrokerUnreachable, PossibleAuthenticationFailure on a handshake that timed out) and
/// the platform was declared ready with contracts' ApplicationApproved queue unbound: the qualification never
/// arrived. After that first full readiness a degraded endpoint leaves the service ready, as before (its HTTP API
/// still works, and a redelivery or the operations API repairs what the endpoint missed).
/// </para>
/// </summary>
internal sealed class BrokerHealthCheck(IBusControl bus, AmqpUri broker) : IHealthCheck
{
    private static readonly TimeSpan ProbeTimeout = TimeSpan.FromSeconds(2);

    private volatile bool _everyEndpointWasReady;

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
        if (busHealth.Status == BusHealthStatus.Healthy)
        {
            _everyEndpointWasReady = true;
        }

        return busHealth.Status == BusHealthStatus.Unhealthy || (busHealth.Status == BusHealthStatus.Degraded && !_everyEndpointWasReady)
            ? HealthCheckResult.Unhealthy(busHealth.Description, busHealth.Exception)
            : HealthCheckResult.Healthy(busHealth.Description);
    }
}
