using System.Collections.Concurrent;

namespace LandPlatform.Grpc.Server;

/// <summary>The services and methods mapped on this host: tells "unknown service" from
/// "unknown method" and answers which names the health service knows.</summary>
internal sealed class GrpcServiceRegistry
{
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<string, bool>> _services = new(StringComparer.Ordinal);

    public void AddService(string service) => _services.TryAdd(service, new(StringComparer.Ordinal));

    public void AddMethod(string service, string method) => _services.GetOrAdd(service, _ => new(StringComparer.Ordinal)).TryAdd(method, true);

    public bool HasService(string service) => _services.ContainsKey(service);
}
