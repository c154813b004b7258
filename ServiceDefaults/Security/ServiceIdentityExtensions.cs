using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace LandPlatform.ServiceDefaults.Security;

public static class ServiceIdentityExtensions
{
    /// <summary>Registers <see cref="ServiceTokenProvider"/> and <see cref="ServiceIdentityHandler"/> (done by AddPlatformAuthentication).</summary>
    public static IServiceCollection AddServiceIdentity(this IServiceCollection services)
    {
        services.AddHttpClient(ServiceTokenProvider.HttpClientName, c => c.Timeout = TimeSpan.FromSeconds(10));
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ServiceTokenProvider>();
        services.TryAddTransient<ServiceIdentityHandler>();
        return services;
    }

    /// <summary>
    /// Outgoing calls on this HttpClient (a typed REST client or a gRPC client) carry this service's
    /// identity: <c>services.AddGrpcClient&lt;CreditCheckClient&gt;(…).AddServiceIdentity()</c>.
    /// </summary>
    public static IHttpClientBuilder AddServiceIdentity(this IHttpClientBuilder builder) =>
        builder.AddHttpMessageHandler<ServiceIdentityHandler>();
}
