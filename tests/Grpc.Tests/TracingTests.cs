using System.Collections.Concurrent;
using System.Diagnostics;
using LandPlatform.Grpc.Tests.TestServer;
using LandPlatform.IntegrationContracts.Credit;

namespace LandPlatform.Grpc.Tests;

/// <summary>Client and server spans from the LandPlatform.Grpc source share one trace: W3C
/// traceparent flows from HttpClient to ASP.NET Core.</summary>
[Collection(GrpcServerCollection.Name)]
public sealed class TracingTests(GrpcTestServer server) : IDisposable
{
    private readonly ConcurrentQueue<Activity> _stopped = new();
    private readonly ActivityListener _listener = new();

    public void Dispose() => _listener.Dispose();

    private void Listen()
    {
        _listener.ShouldListenTo = source => source.Name == GrpcDiagnostics.ActivitySourceName;
        _listener.Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded;
        _listener.ActivityStopped = _stopped.Enqueue;
        ActivitySource.AddActivityListener(_listener);
    }

    [Fact]
    public async Task ServerSpanContinuesTheClientsTrace()
    {
        Listen();
        using var root = new Activity("test-root").Start();
        var channel = server.CreateChannel();

        await channel.UnaryAsync<CheckRequest, CheckResponse>(CreditCheck, "Check", new CheckRequest { Uscc = CreditHandlers.ClearUscc });
        root.Stop();

        var mine = await SpansOfTraceAsync(root.TraceId, expected: 2);
        var client = Assert.Single(mine, a => a.Kind == ActivityKind.Client);
        var serverSpan = Assert.Single(mine, a => a.Kind == ActivityKind.Server);
        Assert.Equal(client.TraceId, serverSpan.TraceId);
        Assert.Equal(CreditCheck + "/Check", serverSpan.DisplayName);
        Assert.Equal("grpc", serverSpan.GetTagItem("rpc.system"));
        Assert.Equal(CreditCheck, serverSpan.GetTagItem("rpc.service"));
        Assert.Equal("Check", serverSpan.GetTagItem("rpc.method"));
        Assert.Equal(0, serverSpan.GetTagItem("rpc.grpc.status_code"));
        Assert.Equal(0, client.GetTagItem("rpc.grpc.status_code"));
    }

    [Fact]
    public async Task FailedCallRecordsItsStatusCodeOnBothSpans()
    {
        Listen();
        using var root = new Activity("test-root").Start();
        var channel = server.CreateChannel();

        await Assert.ThrowsAsync<GrpcException>(() => channel.UnaryAsync<CheckRequest, CheckResponse>(CreditCheck, "Check", new CheckRequest { Uscc = "nobody" }));
        root.Stop();

        var mine = await SpansOfTraceAsync(root.TraceId, expected: 2);
        Assert.All(mine, span => Assert.Equal((int)GrpcStatusCode.NotFound, span.GetTagItem("rpc.grpc.status_code")));
        // NOT_FOUND is an answer, not a server failure; for the caller it is an error.
        Assert.Equal(ActivityStatusCode.Unset, mine.Single(a => a.Kind == ActivityKind.Server).Status);
        Assert.Equal(ActivityStatusCode.Error, mine.Single(a => a.Kind == ActivityKind.Client).Status);
    }

    private const string CreditCheck = "landplatform.credit.v1.CreditCheck";

    /// <summary>The server span may stop a moment after the client has its answer.</summary>
    private async Task<List<Activity>> SpansOfTraceAsync(ActivityTraceId traceId, int expected)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            var mine = _stopped.Where(a => a.TraceId == traceId).ToList();
            if (mine.Count >= expected)
            {
                return mine;
            }

            await Task.Delay(20);
        }

        return _stopped.Where(a => a.TraceId == traceId).ToList();
    }
}
