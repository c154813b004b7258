using System.Globalization;
using LandPlatform.IntegrationContracts.Events;
using MassTransit;

namespace LandPlatform.Messaging.Benchmarks;

/// <summary>What one run measures; the same for both paths so only the path differs.</summary>
public sealed record BenchSettings(int Messages, int Rounds, int Prefetch, int Producers, string Only, string Synchronous)
{
    public static BenchSettings From(string[] args)
    {
        var named = args.Select(a => a.Split('=', 2)).Where(p => p.Length == 2).ToDictionary(p => p[0].TrimStart('-'), p => p[1]);
        int Int(string name, int fallback) =>
            named.TryGetValue(name, out var v) ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;
        return new BenchSettings(
            Int("messages", 2000), Int("rounds", 3), Int("prefetch", 16), Int("producers", 4),
            named.GetValueOrDefault("only", "both"), named.GetValueOrDefault("synchronous", "FULL").ToUpperInvariant());
    }

    /// <summary>
    /// Same prefetch (and so the same consumer concurrency) on both paths' queues. The queues are auto-deleted when
    /// the round's consumer stops, so a finished round's queue does not keep receiving the next rounds' copies.
    /// </summary>
    public void ConfigureQueue(IBusRegistrationConfigurator bus) =>
        bus.AddConfigureEndpointsCallback((_, endpoint) =>
        {
            if (endpoint is IRabbitMqReceiveEndpointConfigurator rabbit)
            {
                rabbit.PrefetchCount = Prefetch;
                rabbit.AutoDelete = true;
            }
        });

    public static ApplicationSubmitted Event(Guid applicationId) =>
        new(applicationId, "91330100MA2XXXXX1A", "杭州示例科技有限公司", "C34", 20_000m, "2024-zj-1", "Submitted");
}
