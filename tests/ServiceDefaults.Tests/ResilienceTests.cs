using System.Net;
using LandPlatform.ServiceDefaults.Resilience;
using LandPlatform.ServiceDefaults.Tests.Support;
using LandPlatform.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace LandPlatform.ServiceDefaults.Tests;

/// <summary>The standard handler for outgoing HTTP, against a real Kestrel backend and a real refused port.</summary>
public sealed class ResilienceTests
{
    private static readonly ResilienceSettings Small = new(
        TotalTimeout: TimeSpan.FromSeconds(20),
        AttemptTimeout: TimeSpan.FromSeconds(10),
        MaxRetryAttempts: 3,
        FirstRetryDelay: TimeSpan.FromMilliseconds(100));

    /// <summary>Short enough to wait out a hanging backend; a first request to a cold server on a busy machine may take longer, hence not the default.</summary>
    private static readonly ResilienceSettings ShortAttempts = Small with { AttemptTimeout = TimeSpan.FromSeconds(1) };

    private static (HttpClient Client, AttemptRecorder Attempts) Client(ResilienceSettings settings)
    {
        var attempts = new AttemptRecorder();
        return (new HttpClient(new StandardResilienceHandler(settings) { InnerHandler = attempts }), attempts);
    }

    /// <summary>A backend answering each request with <paramref name="answer"/>(1-based request number).</summary>
    private static Task<TinyServer> Backend(Func<int, HttpContext, Task<IResult>> answer)
    {
        var count = 0;
        Func<HttpContext, Task<IResult>> handler = context => answer(Interlocked.Increment(ref count), context);
        return TinyServer.StartAsync(app => app.Map("/{**rest}", (Delegate)handler));
    }

    private static Task<IResult> Status(int status) => Task.FromResult<IResult>(Results.StatusCode(status));

    private static async Task<IResult> Hang(HttpContext context)
    {
        await Task.Delay(Timeout.Infinite, context.RequestAborted);
        return Results.Ok();
    }

    [Fact]
    public async Task ARetriedGetIsSentAgainOn503UntilItSucceeds()
    {
        await using var backend = await Backend((n, _) => Status(n < 3 ? 503 : 200));
        var (client, attempts) = Client(Small);

        using var response = await client.GetAsync(new Uri(backend.Url, "/enterprises/1"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(3, attempts.Count);
    }

    [Fact]
    public async Task ARetriedGetIsSentAgainButAPostIsNot()
    {
        await using var backend = await Backend((n, _) => Status(n == 1 ? 503 : 200));
        var (client, attempts) = Client(Small);

        using var response = await client.PostAsync(new Uri(backend.Url, "/listings"), new StringContent("{}"));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal(1, attempts.Count);
    }

    [Fact]
    public async Task AGetToARefusedConnectionIsRetriedWithGrowingDelaysThenFails()
    {
        var closed = new Uri($"http://127.0.0.1:{FreePort.Next()}/enterprises/1");
        var (client, attempts) = Client(Small);

        await Assert.ThrowsAsync<HttpRequestException>(() => client.GetAsync(closed));

        Assert.Equal(1 + Small.MaxRetryAttempts, attempts.Count);
        // Exponential backoff with decorrelated jitter: three retries wait at least ~2.8 first delays in all;
        // without backoff a refused connection is retried at once.
        var waited = attempts.Times[^1] - attempts.Times[0];
        Assert.True(waited >= Small.FirstRetryDelay * 2, $"retries waited only {waited.TotalMilliseconds} ms in all");
    }

    [Fact]
    public async Task APostToARefusedConnectionIsNotRetried()
    {
        var closed = new Uri($"http://127.0.0.1:{FreePort.Next()}/listings");
        var (client, attempts) = Client(Small);

        await Assert.ThrowsAsync<HttpRequestException>(() => client.PostAsync(closed, new StringContent("{}")));

        Assert.Equal(1, attempts.Count);
    }

    [Fact]
    public async Task AfterMaxRetryAttemptsTheLastFailureIsReturned()
    {
        await using var backend = await Backend((_, _) => Status(503));
        var (client, attempts) = Client(Small);

        using var response = await client.GetAsync(new Uri(backend.Url, "/enterprises/1"));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal(1 + Small.MaxRetryAttempts, attempts.Count);
    }

    [Theory]
    [InlineData(400)]
    [InlineData(404)]
    [InlineData(409)]
    public async Task AClientErrorIsNotRetried(int status)
    {
        await using var backend = await Backend((_, _) => Status(status));
        var (client, attempts) = Client(Small);

        using var response = await client.GetAsync(new Uri(backend.Url, "/enterprises/1"));

        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal(1, attempts.Count);
    }

    [Fact]
    public async Task AnAttemptThatOutlivesTheAttemptTimeoutIsAbandonedAndRetried()
    {
        await using var backend = await Backend((n, context) => n == 1 ? Hang(context) : Status(200));
        var (client, attempts) = Client(ShortAttempts);

        using var response = await client.GetAsync(new Uri(backend.Url, "/enterprises/1"));

        // Only a retry can answer 200: the first request never does.
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(attempts.Count >= 2);
    }

    [Fact]
    public async Task WhenEveryAttemptTimesOutTheCallerGetsATimeout()
    {
        await using var backend = await Backend((_, context) => Hang(context));
        var (client, attempts) = Client(ShortAttempts);

        await Assert.ThrowsAsync<TaskCanceledException>(() => client.GetAsync(new Uri(backend.Url, "/enterprises/1")));

        Assert.Equal(1 + Small.MaxRetryAttempts, attempts.Count);
    }

    [Fact]
    public async Task ASlowPostTimesOutOnceAndIsNotRetried()
    {
        await using var backend = await Backend((_, context) => Hang(context));
        var (client, attempts) = Client(ShortAttempts);

        await Assert.ThrowsAsync<TaskCanceledException>(() => client.PostAsync(new Uri(backend.Url, "/listings"), new StringContent("{}")));

        Assert.Equal(1, attempts.Count);
    }

    [Fact]
    public async Task TheTotalTimeoutEndsTheCallWithoutFurtherRetries()
    {
        await using var backend = await Backend((_, context) => Hang(context));
        var (client, attempts) = Client(Small with { TotalTimeout = TimeSpan.FromMilliseconds(500), AttemptTimeout = TimeSpan.FromSeconds(30) });

        await Assert.ThrowsAsync<TaskCanceledException>(() => client.GetAsync(new Uri(backend.Url, "/enterprises/1")));

        Assert.Equal(1, attempts.Count);
    }

    [Fact]
    public async Task TheCallersCancellationIsNotRetried()
    {
        await using var backend = await Backend((_, context) => Hang(context));
        var (client, attempts) = Client(Small with { AttemptTimeout = TimeSpan.FromSeconds(30) });
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => client.GetAsync(new Uri(backend.Url, "/enterprises/1"), cancel.Token));

        Assert.Equal(1, attempts.Count);
    }
}
