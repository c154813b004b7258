using Microsoft.Extensions.DependencyInjection;
using LandPlatform.Grpc.Server;
using LandPlatform.IntegrationContracts.Health;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace LandPlatform.Grpc;

/// <summary>
/// grpc.health.v1.Health/Check (grpc/grpc doc/health-checking.md). "" asks about the whole
/// server; every service mapped on this host is known and shares its health; any other name is
/// NOT_FOUND, as the document requires. Watch is not offered, so it answers UNIMPLEMENTED.
/// </summary>
public static class GrpcHealthEndpointExtensions
{
    public const string ServiceName = "grpc.health.v1.Health";

    public static GrpcServiceBuilder MapGrpcHealthService(this IEndpointRouteBuilder endpoints, Func<IServiceProvider, CancellationToken, Task<bool>> isHealthy)
    {
        ArgumentNullException.ThrowIfNull(isHealthy);
        var registry = endpoints.ServiceProvider.GetService<GrpcServiceRegistry>()
            ?? throw new InvalidOperationException("Call services.AddGrpcTransport() before mapping gRPC services.");

        return endpoints.MapGrpcService(ServiceName).MapUnary<HealthCheckRequest, HealthCheckResponse>("Check", async (request, context) =>
        {
            if (request.Service.Length > 0 && !registry.HasService(request.Service))
            {
                throw new GrpcException(GrpcStatusCode.NotFound, $"Unknown service '{request.Service}'.");
            }

            var healthy = await isHealthy(context.RequestServices, context.CancellationToken);
            return new HealthCheckResponse
            {
                Status = healthy ? HealthCheckResponse.Types.ServingStatus.Serving : HealthCheckResponse.Types.ServingStatus.NotServing,
            };
        });
    }

    /// <summary>
    /// Backs the gRPC probe with ASP.NET Core health checks (services.AddHealthChecks()), so the
    /// REST /health endpoint and gRPC agree. Degraded still serves: it means "working, impaired".
    /// </summary>
    public static GrpcServiceBuilder MapGrpcHealthService(this IEndpointRouteBuilder endpoints, Func<HealthCheckRegistration, bool>? predicate = null) =>
        endpoints.MapGrpcHealthService(async (services, cancellationToken) =>
        {
            var report = await services.GetRequiredService<HealthCheckService>().CheckHealthAsync(predicate, cancellationToken);
            return report.Status != HealthStatus.Unhealthy;
        });
}
