using System.Collections.Concurrent;
using System.Diagnostics;
using LandPlatform.IntegrationContracts.Events;
using MassTransit;

namespace LandPlatform.Messaging.Benchmarks;

/// <summary>
/// When each message was committed (platform: after SaveChanges returned; bare: when Publish was called) and
/// when its effect was done (after the consumer returned, i.e. after the inbox transaction committed), keyed by
/// the application id the message carries.
/// </summary>
public sealed class Timings : IConsumeObserver
{
    private readonly ConcurrentDictionary<Guid, long> _committed = new();
    private readonly ConcurrentDictionary<Guid, long> _effected = new();
    private readonly ConcurrentDictionary<Guid, long> _arrived = new();
    private int _consumed;

    public int Effects => _effected.Count;

    /// <summary>Consumer completions, redeliveries included.</summary>
    public int Consumed => Volatile.Read(ref _consumed);

    public void Committed(Guid applicationId) => _committed[applicationId] = Stopwatch.GetTimestamp();

    public long LastEffect => _effected.Values.DefaultIfEmpty(0).Max();

    /// <summary>Commit-to-effect latencies in milliseconds, sorted.</summary>
    public double[] LatenciesMs() => Since(_committed, _effected);

    /// <summary>Commit-to-arrival at the consumer (dispatcher and broker; the rest is the consumer's), sorted.</summary>
    public double[] ArrivalMs() => Since(_committed, _arrived);

    public Task PreConsume<T>(ConsumeContext<T> context)
        where T : class
    {
        if (context.Message is ApplicationSubmitted submitted)
        {
            _arrived.TryAdd(submitted.ApplicationId, Stopwatch.GetTimestamp());
        }

        return Task.CompletedTask;
    }

    public Task PostConsume<T>(ConsumeContext<T> context)
        where T : class
    {
        if (context.Message is ApplicationSubmitted submitted)
        {
            Interlocked.Increment(ref _consumed);
            _effected.TryAdd(submitted.ApplicationId, Stopwatch.GetTimestamp());
        }

        return Task.CompletedTask;
    }

    private static double[] Since(ConcurrentDictionary<Guid, long> from, ConcurrentDictionary<Guid, long> to) => to
        .Where(e => from.ContainsKey(e.Key))
        .Select(e => Stopwatch.GetElapsedTime(from[e.Key], e.Value).TotalMilliseconds)
        .Order()
        .ToArray();

    public Task ConsumeFault<T>(ConsumeContext<T> context, Exception exception)
        where T : class => Task.CompletedTask;
}
