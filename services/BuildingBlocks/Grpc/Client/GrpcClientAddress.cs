using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace LandPlatform.Grpc;

/// <summary>Service discovery the Aspire way: the AppHost injects services__{name}__grpc__0.</summary>
public static class GrpcClientAddress
{
    public static Func<IServiceProvider, Uri> FromConfiguration(string serviceName, string endpointName = "grpc") => provider =>
    {
        var key = $"services:{serviceName}:{endpointName}:0";
        var value = provider.GetRequiredService<IConfiguration>()[key];
        return Uri.TryCreate(value, UriKind.Absolute, out var uri)
            ? uri
            : throw new InvalidOperationException($"Configuration '{key}' must hold the absolute address of {serviceName}'s gRPC endpoint, e.g. http://127.0.0.1:5101.");
    };
}
