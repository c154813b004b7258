using System.Diagnostics;
using LandPlatform.ServiceDefaults.Telemetry;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using OpenTelemetry.Trace;

namespace LandPlatform.ServiceDefaults.Tests;

/// <summary>
/// A process starts at most its budget of new traces a second, while a request its caller traced is traced here too,
/// so traces stay whole across services (issue 15: the dashboard's ingestion of a flood's spans took most of the CPU).
/// </summary>
public sealed class TraceRateSamplerTests
{
    private static SamplingDecision Decide(Sampler sampler) =>
        sampler.ShouldSample(new SamplingParameters(default, ActivityTraceId.CreateRandom(), "GET /", ActivityKind.Server)).Decision;

    [Fact]
    public void AtMostTheBudgetOfNewTracesIsStartedEachSecond()
    {
        var clock = new FakeTimeProvider();
        var sampler = new TraceRateSampler(3, clock);

        var first = Enumerable.Range(0, 5).Select(_ => Decide(sampler)).ToList();
        clock.Advance(TimeSpan.FromMilliseconds(500));
        var halfASecondLater = Enumerable.Range(0, 3).Select(_ => Decide(sampler)).ToList();
        clock.Advance(TimeSpan.FromSeconds(10));
        var afterAQuietSpell = Enumerable.Range(0, 4).Select(_ => Decide(sampler)).ToList();

        Assert.Equal(3, first.Count(d => d == SamplingDecision.RecordAndSample));
        Assert.Equal(1, halfASecondLater.Count(d => d == SamplingDecision.RecordAndSample));
        // The bucket holds one second's worth, never more: a quiet spell does not bank a burst.
        Assert.Equal(3, afterAQuietSpell.Count(d => d == SamplingDecision.RecordAndSample));
    }

    [Fact]
    public void TheServiceDefaultsRateLimitNewTracesButFollowACallerThatTracedItsRequest()
    {
        // A source of this host's own name: other tests' hosts in this process listen to every LandPlatform.* source
        // with budgets of their own, and an activity is recorded when any listener asks for it.
        var applicationName = "lp-sampler-" + Guid.NewGuid().ToString("N");
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { ApplicationName = applicationName });
        builder.Configuration.AddInMemoryCollection([new(PlatformTelemetry.NewTracesPerSecondKey, "2")]);
        builder.ConfigureOpenTelemetry();
        using var host = builder.Build();
        host.Start();
        using var source = new ActivitySource(applicationName);

        var roots = Enumerable.Range(0, 10).Select(_ =>
        {
            using var root = source.StartActivity("new request", ActivityKind.Server);
            return root?.Recorded == true;
        }).ToList();
        var tracedByCaller = new ActivityContext(ActivityTraceId.CreateRandom(), ActivitySpanId.CreateRandom(),
            ActivityTraceFlags.Recorded, isRemote: true);
        using var child = source.StartActivity("request from a traced caller", ActivityKind.Server, tracedByCaller);

        // Ten in a burst against a budget of two a second (allow one refill should the loop straddle time).
        Assert.InRange(roots.Count(recorded => recorded), 2, 3);
        Assert.True(child?.Recorded);
    }
}
