using Grpc.HealthCheck;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace LandPlatform.ServiceDefaults.ServiceCalls;

public static class PlatformGrpcServer
{
    /// <summary>
    /// For a service that answers gRPC calls (credit's Check, contracts' GetCommitments): Grpc.AspNetCore, and
    /// grpc.health.v1.Health answering from the same checks as /health (mapped by MapDefaultEndpoints, without a
    /// token: Kubernetes' gRPC probe and grpc-health-probe send none). Processes that answer no gRPC (the gateway,
    /// the issuer, services that only call) do without it and its memory.
    /// </summary>
    public static TBuilder AddPlatformGrpcServer<TBuilder>(this TBuilder builder)
        where TBuilder : IHostApplicationBuilder
    {
        builder.Services.AddGrpc();
        builder.Services.AddGrpcHealthChecks();
        return builder;
    }

    internal static void MapGrpcHealthIfServed(this WebApplication app)
    {
        if (app.Services.GetService<IServiceProviderIsService>()?.IsService(typeof(HealthServiceImpl)) == true)
        {
            app.MapGrpcHealthChecksService().AllowAnonymous();
        }
    }
}
