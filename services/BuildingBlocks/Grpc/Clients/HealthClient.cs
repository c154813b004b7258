using LandPlatform.IntegrationContracts.Health;

namespace LandPlatform.Grpc.Clients;

/// <summary>grpc.health.v1.Health/Check; "" asks about the whole server.</summary>
public sealed class HealthClient(GrpcChannel channel)
{
    public Task<HealthCheckResponse> CheckAsync(string service = "", GrpcCallOptions? options = null) =>
        channel.UnaryAsync<HealthCheckRequest, HealthCheckResponse>(GrpcHealthEndpointExtensions.ServiceName, "Check", new HealthCheckRequest { Service = service }, options);
}
