using System.Collections.Concurrent;
using System.Diagnostics;

namespace LandPlatform.ServiceDefaults.Tests.Support;

/// <summary>Sits under the resilience handler and notes when each attempt leaves, whether or not it connects.</summary>
public sealed class AttemptRecorder() : DelegatingHandler(new SocketsHttpHandler())
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly ConcurrentQueue<TimeSpan> _attempts = new();

    public int Count => _attempts.Count;

    public IReadOnlyList<TimeSpan> Times => [.. _attempts];

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        _attempts.Enqueue(_clock.Elapsed);
        return base.SendAsync(request, cancellationToken);
    }
}
