using LandPlatform.Grpc.Client;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace LandPlatform.Grpc;

public static class GrpcClientServiceCollectionExtensions
{
    /// <summary>
    /// Registers <typeparamref name="TClient"/> (whose constructor takes a <see cref="GrpcChannel"/>)
    /// over a named HttpClient set up for HTTP/2. The returned builder adds handlers (resilience,
    /// auth) to that HttpClient.
    /// </summary>
    public static IHttpClientBuilder AddGrpcClient<TClient>(this IServiceCollection services, Func<IServiceProvider, Uri> address)
        where TClient : class
    {
        ArgumentNullException.ThrowIfNull(address);
        var name = typeof(TClient).FullName ?? typeof(TClient).Name;
        var builder = services
            .AddHttpClient(name, (provider, client) => GrpcHttpClient.Configure(client, address(provider)))
            .ConfigurePrimaryHttpMessageHandler(GrpcHttpClient.CreateHandler);

        services.TryAddTransient(provider =>
        {
            var channel = new GrpcChannel(provider.GetRequiredService<IHttpClientFactory>().CreateClient(name));
            return ActivatorUtilities.CreateInstance<TClient>(provider, channel);
        });
        return builder;
    }
}
