using System.Net;
using System.Net.Sockets;
using LandPlatform.Grpc.Clients;
using LandPlatform.Grpc.Tests.TestServer;
using LandPlatform.IntegrationContracts.Credit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace LandPlatform.Grpc.Tests;

/// <summary>The client channel and typed clients against the real server and broken peers.</summary>
[Collection(GrpcServerCollection.Name)]
public sealed class ClientTests(GrpcTestServer server)
{
    private ServiceProvider ClientServices(string address)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["services:credit:grpc:0"] = address })
            .Build());
        services.AddGrpcClient<CreditCheckClient>(GrpcClientAddress.FromConfiguration("credit"));
        services.AddGrpcClient<HealthClient>(GrpcClientAddress.FromConfiguration("credit"));
        return services.BuildServiceProvider();
    }

    [Fact]
    public async Task TypedClientFromServiceDiscoveryConfigurationReturnsServerData()
    {
        await using var services = ClientServices(server.GrpcAddress.ToString());
        var client = services.GetRequiredService<CreditCheckClient>();

        var response = await client.CheckAsync(new CheckRequest { Uscc = CreditHandlers.ListedUscc });

        Assert.True(response.Blacklisted);
        var listing = Assert.Single(response.Listings);
        Assert.Equal("L-2024-007", listing.ListingId);
        Assert.Equal(new DateTime(2024, 3, 1, 0, 0, 0, DateTimeKind.Utc), listing.ListedAt.ToDateTime());
    }

    [Fact]
    public async Task ServerStatusWithChineseDetailSurfacesAsGrpcException()
    {
        await using var services = ClientServices(server.GrpcAddress.ToString());
        var client = services.GetRequiredService<CreditCheckClient>();

        var error = await Assert.ThrowsAsync<GrpcException>(() => client.CheckAsync(new CheckRequest { Uscc = "91000000000000000X" }));

        Assert.Equal(GrpcStatusCode.NotFound, error.StatusCode);
        Assert.Equal(CreditHandlers.NotFoundDetail("91000000000000000X"), error.Detail);
    }

    [Fact]
    public async Task ClientSendsTeTrailersTimeoutAndCustomMetadata()
    {
        var channel = server.CreateChannel();

        var response = await channel.UnaryAsync<CheckRequest, CheckResponse>(ProbeService.Name, "Describe", new CheckRequest(), new GrpcCallOptions
        {
            Timeout = TimeSpan.FromSeconds(30),
            Headers = new Dictionary<string, string> { ["x-audit-id"] = "audit-7" },
        });

        var parts = response.Uscc.Split('|');
        Assert.Equal("deadline", parts[0]);
        Assert.Equal("te=trailers", parts[1]);
        Assert.Matches("^timeout=[0-9]{1,8}m$", parts[2]);
        Assert.Equal("audit=audit-7", parts[3]);
    }

    [Fact]
    public async Task ZeroLengthResponseMessageIsAnEmptyMessage()
    {
        var channel = server.CreateChannel();

        var response = await channel.UnaryAsync<CheckRequest, CheckResponse>(ProbeService.Name, "Echo", new CheckRequest());

        Assert.Equal(new CheckResponse(), response);
    }

    [Theory]
    [InlineData(-1L)]                   // Timeout.InfiniteTimeSpan
    [InlineData(long.MaxValue)]         // TimeSpan.MaxValue
    public async Task InfiniteOrHugeTimeoutMeansNoDeadline(long ticks)
    {
        var channel = server.CreateChannel();
        var timeout = ticks == -1 ? Timeout.InfiniteTimeSpan : TimeSpan.FromTicks(ticks);

        var response = await channel.UnaryAsync<CheckRequest, CheckResponse>(ProbeService.Name, "Describe", new CheckRequest(), new GrpcCallOptions { Timeout = timeout });

        Assert.StartsWith("no-deadline|", response.Uscc, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownMethodSurfacesAsUnimplemented()
    {
        var channel = server.CreateChannel();

        var error = await Assert.ThrowsAsync<GrpcException>(() => channel.UnaryAsync<CheckRequest, CheckResponse>(ProbeService.Name, "Nope", new CheckRequest()));

        Assert.Equal(GrpcStatusCode.Unimplemented, error.StatusCode);
    }

    [Fact]
    public async Task RefusedConnectionBecomesUnavailable()
    {
        var channel = GrpcChannel.ForAddress(new Uri($"http://127.0.0.1:{UnusedPort()}"));

        var error = await Assert.ThrowsAsync<GrpcException>(() => channel.UnaryAsync<CheckRequest, CheckResponse>(ProbeService.Name, "Echo", new CheckRequest()));

        Assert.Equal(GrpcStatusCode.Unavailable, error.StatusCode);
        Assert.IsType<HttpRequestException>(error.InnerException);
    }

    [Theory]
    [InlineData("Unavailable", GrpcStatusCode.Unavailable)] // HTTP 503
    [InlineData("Missing", GrpcStatusCode.Unimplemented)]   // HTTP 404
    public async Task HttpErrorWithoutGrpcStatusIsMappedPerHttpGrpcStatusMapping(string method, GrpcStatusCode expected)
    {
        var channel = server.CreateChannel();

        var error = await Assert.ThrowsAsync<GrpcException>(() => channel.UnaryAsync<CheckRequest, CheckResponse>(BrokenProxy.Name, method, new CheckRequest()));

        Assert.Equal(expected, error.StatusCode);
    }

    [Fact]
    public async Task NonGrpcContentTypeOnHttp200IsReportedNotParsed()
    {
        var channel = server.CreateChannel();

        var error = await Assert.ThrowsAsync<GrpcException>(() => channel.UnaryAsync<CheckRequest, CheckResponse>(BrokenProxy.Name, "Html", new CheckRequest()));

        Assert.Equal(GrpcStatusCode.Internal, error.StatusCode);
        Assert.Contains("text/html", error.Detail, StringComparison.Ordinal);
    }

    private static int UnusedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
