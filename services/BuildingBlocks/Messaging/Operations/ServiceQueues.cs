using System.Collections.Concurrent;
using MassTransit;

namespace LandPlatform.Messaging.Operations;

/// <summary>
/// The queues this service's bus actually configured, recorded as MassTransit configures each receive endpoint.
/// Observed rather than recomputed from consumer names, so a consumer definition that renames its endpoint is
/// still listed, and nothing that is not this service's queue can be named for a replay.
/// </summary>
/// <param name="prefix">The prefix ConfigureEndpoints gives this service's queues ("credit-").</param>
public sealed class ServiceQueues(string prefix) : IEndpointConfigurationObserver
{
    /// <summary>MassTransit's default error-queue suffix (its ErrorQueueNameFormatter is not overridden here).</summary>
    public const string ErrorSuffix = "_error";

    private readonly ConcurrentDictionary<string, byte> _queues = new(StringComparer.Ordinal);

    /// <summary>Sorted queue names (without the error suffix).</summary>
    public IReadOnlyList<string> Names => [.. _queues.Keys.Order(StringComparer.Ordinal)];

    public bool Contains(string queue) => _queues.ContainsKey(queue);

    public void EndpointConfigured<T>(T configurator)
        where T : IReceiveEndpointConfigurator
    {
        if (QueueOf(configurator.InputAddress) is { } queue)
        {
            _queues.TryAdd(queue, 0);
        }
    }

    private string? QueueOf(Uri address)
    {
        // rabbitmq://host[:port]/[vhost/]queue[?temporary=true…]: the last path segment is the queue.
        var queue = Uri.UnescapeDataString(address.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries).LastOrDefault() ?? "");
        var temporary = address.Query.Contains("temporary=true", StringComparison.OrdinalIgnoreCase)
            || address.Query.Contains("autodelete=", StringComparison.OrdinalIgnoreCase);
        // The bus's own reply endpoint is temporary and not a consumer queue; only the service's prefixed queues
        // (ConfigureEndpoints names them "<service>-<consumer>") carry work that can fail into an _error queue.
        return queue.Length == 0 || temporary || !queue.StartsWith(prefix, StringComparison.Ordinal) ? null : queue;
    }
}
