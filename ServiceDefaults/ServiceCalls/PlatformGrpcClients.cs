using LandPlatform.ServiceDefaults.Security;
using Microsoft.Extensions.DependencyInjection;

namespace LandPlatform.ServiceDefaults.ServiceCalls;

public static class PlatformGrpcClients
{
    /// <summary>
    /// A gRPC client of another platform service: its h2c endpoint found by service discovery
    /// (<c>http://_grpc.{service}</c> resolves from the <c>services:{service}:grpc:0</c> the AppHost injects), the
    /// caller's service token on every call, and none of the HTTP resilience defaults. gRPC calls carry their
    /// own deadline, which the standard handler's 10 s attempt timeout would cut short (a 30 s start-up call
    /// ended after 10 s), its circuit breaker would fail calls the deadline still allowed, and its retries
    /// never apply to these POSTs anyway; a caller that wants retries says so with the call's deadline.
    /// </summary>
    public static IHttpClientBuilder AddPlatformGrpcClient<TClient>(this IServiceCollection services, string service)
        where TClient : class
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(service);
        services.AddServiceIdentity();
#pragma warning disable EXTEXP0001 // experimental, and the library's only way to opt one client out of the defaults
        return services.AddGrpcClient<TClient>(o => o.Address = new Uri($"http://_grpc.{service}"))
            .RemoveAllResilienceHandlers()
            .AddServiceIdentity();
#pragma warning restore EXTEXP0001
    }
}
