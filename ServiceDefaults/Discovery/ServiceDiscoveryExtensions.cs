using LandPlatform.ServiceDefaults.Resilience;
using Microsoft.Extensions.DependencyInjection;

namespace LandPlatform.ServiceDefaults.Discovery;

public static class ServiceDiscoveryExtensions
{
    public static IServiceCollection AddServiceDiscovery(this IServiceCollection services)
    {
        services.AddSingleton<ServiceEndpoints>();
        services.AddTransient<StandardResilienceHandler>();
        return services;
    }

    /// <summary>
    /// A typed HttpClient for the service called <paramref name="service"/>, addressed by
    /// discovery and protected by the standard resilience handler.
    /// </summary>
    public static IHttpClientBuilder AddServiceHttpClient<TClient>(this IServiceCollection services, string service)
        where TClient : class
    {
        return services.AddHttpClient<TClient>((sp, client) =>
                client.BaseAddress = sp.GetRequiredService<ServiceEndpoints>().Resolve(service))
            .AddHttpMessageHandler<StandardResilienceHandler>();
    }
}
