using LandPlatform.Grpc.Clients;
using LandPlatform.Grpc.Tests.TestServer;
using LandPlatform.IntegrationContracts.Health;

namespace LandPlatform.Grpc.Tests;

/// <summary>grpc.health.v1.Health/Check backed by ASP.NET Core health checks (doc/health-checking.md).</summary>
[Collection(GrpcServerCollection.Name)]
public sealed class HealthTests(GrpcTestServer server)
{
    private HealthClient Client() => new(server.CreateChannel());

    [Fact]
    public async Task WholeServerIsServingWhenHealthChecksPass()
    {
        var response = await Client().CheckAsync();

        Assert.Equal(HealthCheckResponse.Types.ServingStatus.Serving, response.Status);
    }

    [Fact]
    public async Task FailingHealthCheckAnswersNotServing()
    {
        server.Healthy = false;
        try
        {
            var response = await Client().CheckAsync();

            Assert.Equal(HealthCheckResponse.Types.ServingStatus.NotServing, response.Status);
        }
        finally
        {
            server.Healthy = true;
        }
    }

    [Fact]
    public async Task MappedServiceNameIsKnownToTheHealthService()
    {
        var response = await Client().CheckAsync(CreditCheckClient.ServiceName);

        Assert.Equal(HealthCheckResponse.Types.ServingStatus.Serving, response.Status);
    }

    [Fact]
    public async Task UnknownServiceNameAnswersNotFound()
    {
        var error = await Assert.ThrowsAsync<GrpcException>(() => Client().CheckAsync("no.such.Service"));

        Assert.Equal(GrpcStatusCode.NotFound, error.StatusCode);
    }
}
