using Microsoft.Extensions.DependencyInjection;
using Google.Protobuf;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using LandPlatform.Grpc.Server;

namespace LandPlatform.Grpc;

/// <summary>
/// Maps the methods of one gRPC service. Conventions added here (authorization, rate limiting,
/// metadata) apply to every method, including ones mapped afterwards.
/// </summary>
public sealed class GrpcServiceBuilder : IEndpointConventionBuilder
{
    private readonly IEndpointRouteBuilder _endpoints;
    private readonly GrpcServiceRegistry _registry;
    private readonly List<IEndpointConventionBuilder> _methods = [];
    private readonly List<Action<EndpointBuilder>> _conventions = [];

    internal GrpcServiceBuilder(IEndpointRouteBuilder endpoints, GrpcServiceRegistry registry, string serviceName)
    {
        _endpoints = endpoints;
        _registry = registry;
        ServiceName = serviceName;
    }

    /// <summary>Fully-qualified service name: proto package + "." + service.</summary>
    public string ServiceName { get; }

    /// <summary>Serves POST /{ServiceName}/{method} (PROTOCOL-HTTP2.md, "Path").</summary>
    public GrpcServiceBuilder MapUnary<TRequest, TResponse>(string method, Func<TRequest, GrpcCallContext, Task<TResponse>> handler)
        where TRequest : IMessage<TRequest>, new()
        where TResponse : IMessage<TResponse>, new()
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(method);
        ArgumentNullException.ThrowIfNull(handler);

        var services = _endpoints.ServiceProvider;
        var options = services.GetRequiredService<IOptions<GrpcTransportOptions>>().Value;
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger("LandPlatform.Grpc.Server");
        var call = new UnaryCallHandler<TRequest, TResponse>(ServiceName, method, handler, options, logger);

        var endpoint = _endpoints.MapPost($"/{ServiceName}/{method}", call.HandleAsync)
            .WithDisplayName($"gRPC {ServiceName}/{method}");
        foreach (var convention in _conventions)
        {
            endpoint.Add(convention);
        }

        _methods.Add(endpoint);
        _registry.AddMethod(ServiceName, method);
        return this;
    }

    public void Add(Action<EndpointBuilder> convention)
    {
        _conventions.Add(convention);
        foreach (var method in _methods)
        {
            method.Add(convention);
        }
    }
}
