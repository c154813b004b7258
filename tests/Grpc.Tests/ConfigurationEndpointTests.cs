using System.Net;
using Microsoft.Extensions.Configuration;
using System.Net.Sockets;
using LandPlatform.Grpc.Clients;
using LandPlatform.IntegrationContracts.Health;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace LandPlatform.Grpc.Tests;

/// <summary>The deployment shape: both endpoints come from configuration alone, the gRPC one
/// HTTP/2-only (h2c with prior knowledge), and clients find it under Aspire's discovery key.</summary>
public sealed class ConfigurationEndpointTests
{
    [Fact]
    public async Task GrpcEndpointConfiguredAsHttp2OnlyServesCallsFoundThroughServiceDiscoveryKeys()
    {
        int grpcPort = FreePort(), httpPort = FreePort();
        var builder = WebApplication.CreateBuilder();
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Kestrel:Endpoints:http:Url"] = $"http://127.0.0.1:{httpPort}",
            ["Kestrel:Endpoints:http:Protocols"] = "Http1AndHttp2",
            ["Kestrel:Endpoints:grpc:Url"] = $"http://127.0.0.1:{grpcPort}",
            ["Kestrel:Endpoints:grpc:Protocols"] = "Http2",
            ["services:credit:grpc:0"] = $"http://127.0.0.1:{grpcPort}",
        });
        builder.Services.AddGrpcTransport();
        builder.Services.AddHealthChecks();
        builder.Services.AddGrpcClient<HealthClient>(GrpcClientAddress.FromConfiguration("credit"));
        await using var app = builder.Build();
        app.MapGrpcHealthService();
        await app.StartAsync();

        var response = await app.Services.GetRequiredService<HealthClient>().CheckAsync();

        Assert.Equal(HealthCheckResponse.Types.ServingStatus.Serving, response.Status);
        await app.StopAsync();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
