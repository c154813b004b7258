using Microsoft.Extensions.DependencyInjection;
using LandPlatform.Grpc.Server;
using Microsoft.AspNetCore.Routing;

namespace LandPlatform.Grpc;

public static class GrpcEndpointRouteBuilderExtensions
{
    /// <summary>Starts mapping a service, e.g. "landplatform.credit.v1.CreditCheck".</summary>
    public static GrpcServiceBuilder MapGrpcService(this IEndpointRouteBuilder endpoints, string serviceName)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentException.ThrowIfNullOrWhiteSpace(serviceName);
        var registry = endpoints.ServiceProvider.GetService<GrpcServiceRegistry>()
            ?? throw new InvalidOperationException("Call services.AddGrpcTransport() before mapping gRPC services.");
        registry.AddService(serviceName);
        return new GrpcServiceBuilder(endpoints, registry, serviceName);
    }
}
