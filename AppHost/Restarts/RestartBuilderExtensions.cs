using LandPlatform.AppHost.Restarts;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Aspire.Hosting;

public static class RestartBuilderExtensions
{
    /// <summary>Starts the resource again with backoff (1, 2, 4 … s, capped at 30 s) when it crashes.</summary>
    public static IResourceBuilder<T> WithRestartOnCrash<T>(this IResourceBuilder<T> builder) where T : IResource
    {
        builder.ApplicationBuilder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<Microsoft.Extensions.Hosting.IHostedService, RestartSupervisor>());
        return builder.WithAnnotation(new RestartOnCrashAnnotation());
    }
}
