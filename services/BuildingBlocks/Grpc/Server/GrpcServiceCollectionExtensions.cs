using Microsoft.Extensions.DependencyInjection;
using LandPlatform.Grpc.Server;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace LandPlatform.Grpc;

public static class GrpcServiceCollectionExtensions
{
    /// <summary>Registers the server side of the transport. Pair with
    /// <see cref="GrpcEndpointRouteBuilderExtensions.MapGrpcService"/>.</summary>
    public static IServiceCollection AddGrpcTransport(this IServiceCollection services, Action<GrpcTransportOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.AddOptions<GrpcTransportOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        services.TryAddSingleton<GrpcServiceRegistry>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IStartupFilter, UnimplementedStartupFilter>());
        return services;
    }
}
