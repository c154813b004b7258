using System.Net;
using System.Net.Sockets;
using LandPlatform.AppHost.RabbitMQ;
using LandPlatform.Testing;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace LandPlatform.AppHost.Tests;

[CollectionDefinition(RabbitMqCollection.Name)]
public sealed class RabbitMqNodeCollection : ICollectionFixture<RabbitMqNode>;

[Collection(RabbitMqCollection.Name)]
public sealed class AmqpHealthCheckTests(RabbitMqNode broker)
{
    [Fact]
    public async Task ARealBrokerAnswersTheProtocolHeaderAndIsHealthy()
    {
        var check = new AmqpHealthCheck(() => ("127.0.0.1", broker.AmqpPort));

        var result = await check.CheckHealthAsync(new HealthCheckContext());

        Assert.Equal(HealthStatus.Healthy, result.Status);
    }

    /// <summary>DCP's proxy accepts connections before the broker listens: an open port alone is not healthy.</summary>
    [Fact]
    public async Task APortThatAcceptsButDoesNotSpeakAmqpIsUnhealthy()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        var accepted = AcceptAndCloseAsync(listener);
        var check = new AmqpHealthCheck(() => ("127.0.0.1", port));

        var result = await check.CheckHealthAsync(new HealthCheckContext());

        Assert.Equal(HealthStatus.Unhealthy, result.Status);
        await accepted;
    }

    [Fact]
    public async Task NoPortYetIsUnhealthy()
    {
        var result = await new AmqpHealthCheck(() => null).CheckHealthAsync(new HealthCheckContext());

        Assert.Equal(HealthStatus.Unhealthy, result.Status);
    }

    private static async Task AcceptAndCloseAsync(TcpListener listener)
    {
        using var client = await listener.AcceptTcpClientAsync();
        var header = new byte[8];
        await client.GetStream().ReadExactlyAsync(header);
        // A web server's answer to a stranger's bytes: not a frame of type 1.
        await client.GetStream().WriteAsync("HTTP/1.1 400 Bad Request\r\n\r\n"u8.ToArray());
    }
}
