using LandPlatform.Grpc;
using Microsoft.Extensions.DependencyInjection;

namespace LandPlatform.ServiceDefaults.Discovery;

public static class GrpcServiceClientExtensions
{
    /// <summary>
    /// A typed gRPC client for the service called <paramref name="service"/>, addressed by its
    /// <c>grpc</c> endpoint through service discovery (<c>services__{service}__grpc__0</c>). gRPC calls
    /// are POSTs, so the HTTP resilience handler does not retry them; deadlines are set per call instead.
    /// </summary>
    public static IHttpClientBuilder AddGrpcServiceClient<TClient>(this IServiceCollection services, string service)
        where TClient : class =>
        services.AddGrpcClient<TClient>(_ => new Uri($"http://_grpc.{service}"));
}
