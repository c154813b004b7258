using System.Diagnostics;
using LandPlatform.Grpc.Tests.Support;
using LandPlatform.Grpc.Tests.TestServer;
using LandPlatform.IntegrationContracts.Credit;

namespace LandPlatform.Grpc.Tests;

/// <summary>grpc-timeout and client cancellation reach the handler's token (PROTOCOL-HTTP2.md,
/// "Client Cancellation").</summary>
[Collection(GrpcServerCollection.Name)]
public sealed class DeadlineAndCancellationTests(GrpcTestServer server) : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);
    private readonly HttpClient _client = server.CreateHttpClient();

    public void Dispose() => _client.Dispose();

    [Fact]
    public async Task TimeoutAnswersDeadlineExceededAndCancelsTheHandlersToken()
    {
        var key = Guid.NewGuid().ToString();
        var request = RawGrpc.Request("/" + ProbeService.Name + "/WaitForCancel", RawGrpc.Frame(new CheckRequest { Uscc = key }));
        request.Headers.TryAddWithoutValidation("grpc-timeout", "100m");

        var response = await RawGrpc.SendAsync(_client, request);

        Assert.Equal(GrpcStatusCode.DeadlineExceeded, response.Status);
        Assert.True(response.IsTrailersOnly);
        await server.Signals.Get(key + ":cancelled").Task.WaitAsync(Patience);
    }

    [Fact]
    public async Task HandlerIgnoringItsTokenStillLetsTheClientHearDeadlineExceededOnTime()
    {
        var key = Guid.NewGuid().ToString();
        var request = RawGrpc.Request("/" + ProbeService.Name + "/IgnoreCancel", RawGrpc.Frame(new CheckRequest { Uscc = key }));
        request.Headers.TryAddWithoutValidation("grpc-timeout", "200m");
        var clock = Stopwatch.StartNew();

        var response = await RawGrpc.SendAsync(_client, request);

        Assert.Equal(GrpcStatusCode.DeadlineExceeded, response.Status);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2), $"answered after {clock.Elapsed}, the handler takes 3 s");
    }

    [Fact]
    public async Task ClientDisconnectCancelsTheHandlersToken()
    {
        var key = Guid.NewGuid().ToString();
        using var abort = new CancellationTokenSource();
        var request = RawGrpc.Request("/" + ProbeService.Name + "/WaitForCancel", RawGrpc.Frame(new CheckRequest { Uscc = key }));
        var call = RawGrpc.SendAsync(_client, request, abort.Token);
        await server.Signals.Get(key + ":started").Task.WaitAsync(Patience);

        await abort.CancelAsync(); // HttpClient resets the stream (RST_STREAM CANCEL)

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);
        await server.Signals.Get(key + ":cancelled").Task.WaitAsync(Patience);
    }

    [Fact]
    public async Task ClientTimeoutBecomesDeadlineExceededAndReachesTheServer()
    {
        var key = Guid.NewGuid().ToString();
        var channel = server.CreateChannel();

        var error = await Assert.ThrowsAsync<GrpcException>(() => channel.UnaryAsync<CheckRequest, CheckResponse>(
            ProbeService.Name, "WaitForCancel", new CheckRequest { Uscc = key }, new GrpcCallOptions { Timeout = TimeSpan.FromMilliseconds(150) }));

        Assert.Equal(GrpcStatusCode.DeadlineExceeded, error.StatusCode);
        await server.Signals.Get(key + ":cancelled").Task.WaitAsync(Patience);
    }

    [Fact]
    public async Task ClientCancellationBecomesCancelled()
    {
        var key = Guid.NewGuid().ToString();
        using var cancel = new CancellationTokenSource();
        var channel = server.CreateChannel();
        var call = channel.UnaryAsync<CheckRequest, CheckResponse>(
            ProbeService.Name, "WaitForCancel", new CheckRequest { Uscc = key }, new GrpcCallOptions { CancellationToken = cancel.Token });
        await server.Signals.Get(key + ":started").Task.WaitAsync(Patience);

        await cancel.CancelAsync();

        var error = await Assert.ThrowsAsync<GrpcException>(() => call);
        Assert.Equal(GrpcStatusCode.Cancelled, error.StatusCode);
        await server.Signals.Get(key + ":cancelled").Task.WaitAsync(Patience);
    }

    [Fact]
    public async Task ExpiredDeadlineFailsLocallyWithoutCallingTheServer()
    {
        var channel = GrpcChannel.ForAddress(new Uri("http://127.0.0.1:1"));

        var error = await Assert.ThrowsAsync<GrpcException>(() => channel.UnaryAsync<CheckRequest, CheckResponse>(
            ProbeService.Name, "Echo", new CheckRequest(), new GrpcCallOptions { Deadline = DateTime.UtcNow.AddSeconds(-1) }));

        Assert.Equal(GrpcStatusCode.DeadlineExceeded, error.StatusCode);
    }
}
