using System.Net.Sockets;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace LandPlatform.AppHost.RabbitMQ;

/// <summary>
/// Healthy when the broker speaks AMQP: it answers the protocol header with a Connection.Start method frame.
/// A TCP connect proves nothing here, because DCP's proxy accepts connections before the node listens.
/// </summary>
public sealed class AmqpHealthCheck(Func<(string Host, int Port)?> address) : IHealthCheck
{
    /// <summary>"AMQP" 0 0 9 1: the protocol header of AMQP 0-9-1.</summary>
    internal static readonly byte[] ProtocolHeader = "AMQP\0\0\x09\x01"u8.ToArray();

    /// <summary>A method frame starts with type 1; Connection.Start is class 10, method 10.</summary>
    private const byte MethodFrame = 1;

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (address() is not var (host, port))
        {
            return HealthCheckResult.Unhealthy("the AMQP endpoint has no port yet");
        }

        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(5));
            return await SpeaksAmqpAsync(host, port, timeout.Token).ConfigureAwait(false)
                ? HealthCheckResult.Healthy()
                : HealthCheckResult.Unhealthy($"{host}:{port} did not answer with Connection.Start");
        }
        catch (Exception e) when (e is SocketException or IOException or OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy($"{host}:{port}: {e.Message}");
        }
    }

    internal static async Task<bool> SpeaksAmqpAsync(string host, int port, CancellationToken cancellationToken)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(host, port, cancellationToken).ConfigureAwait(false);
        var stream = client.GetStream();
        await stream.WriteAsync(ProtocolHeader, cancellationToken).ConfigureAwait(false);
        // Frame header: type (1), channel (2), size (4); then the payload starts with class id 10, method id 10.
        var frame = new byte[11];
        await stream.ReadExactlyAsync(frame, cancellationToken).ConfigureAwait(false);
        return frame[0] == MethodFrame && frame[7] == 0 && frame[8] == 10 && frame[9] == 0 && frame[10] == 10;
    }
}
