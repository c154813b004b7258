using System.Net;
using LandPlatform.ServiceDefaults.Tests.Support;
using LandPlatform.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Http.Resilience;
using Polly.Timeout;

namespace LandPlatform.ServiceDefaults.Tests;

/// <summary>
/// The resilience every HttpClient gets from AddServiceDefaults (the standard handler, safe methods
/// retried only), against a real Kestrel backend and a real refused port.
/// </summary>
public sealed class ResilienceTests
{
    private static readonly TimeSpan FirstRetryDelay = TimeSpan.FromMilliseconds(100);

    /// <summary>
    /// An HttpClient from a host built with AddServiceDefaults; only the delays are shortened, so a test
    /// does not wait the standard two seconds per retry. <paramref name="attemptTimeout"/> is long by
    /// default: a first request to a cold server on a busy machine may take a while.
    /// </summary>
    private static (HttpClient Client, AttemptRecorder Attempts, IHost Host) Client(TimeSpan? attemptTimeout = null)
    {
        var attempts = new AttemptRecorder();
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.AddServiceDefaults();
        builder.Services.AddHttpClient("flaky").ConfigurePrimaryHttpMessageHandler(() => attempts);
        builder.Services.PostConfigureAll<HttpStandardResilienceOptions>(options =>
        {
            options.Retry.Delay = FirstRetryDelay;
            options.AttemptTimeout.Timeout = attemptTimeout ?? TimeSpan.FromSeconds(10);
        });
        var host = builder.Build();
        return (host.Services.GetRequiredService<IHttpClientFactory>().CreateClient("flaky"), attempts, host);
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
        var (client, attempts, host) = Client();
        using var _ = host;

        using var response = await client.GetAsync(new Uri(backend.Url, "/enterprises/1"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(3, attempts.Count);
    }

    [Fact]
    public async Task ARetriedGetIsSentAgainButAPostIsNot()
    {
        await using var backend = await Backend((n, _) => Status(n == 1 ? 503 : 200));
        var (client, attempts, host) = Client();
        using var _ = host;

        using var response = await client.PostAsync(new Uri(backend.Url, "/listings"), new StringContent("{}"));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal(1, attempts.Count);
    }

    [Fact]
    public async Task AGetToARefusedConnectionIsRetriedWithGrowingDelaysThenFails()
    {
        var closed = new Uri($"http://127.0.0.1:{FreePort.Next()}/enterprises/1");
        var (client, attempts, host) = Client();
        using var _ = host;

        await Assert.ThrowsAsync<HttpRequestException>(() => client.GetAsync(closed));

        // The standard handler's three retries.
        Assert.Equal(4, attempts.Count);
        // Exponential backoff with jitter: three retries wait well over one first delay in all;
        // without backoff a refused connection is retried at once.
        var waited = attempts.Times[^1] - attempts.Times[0];
        Assert.True(waited >= FirstRetryDelay * 2, $"retries waited only {waited.TotalMilliseconds} ms in all");
    }

    [Theory]
    [InlineData("POST")]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    [InlineData("PATCH")]
    public async Task AWriteToARefusedConnectionIsNotRetried(string method)
    {
        var closed = new Uri($"http://127.0.0.1:{FreePort.Next()}/listings");
        var (client, attempts, host) = Client();
        using var _ = host;

        using var request = new HttpRequestMessage(new HttpMethod(method), closed) { Content = new StringContent("{}") };
        await Assert.ThrowsAsync<HttpRequestException>(() => client.SendAsync(request));

        Assert.Equal(1, attempts.Count);
    }

    [Theory]
    [InlineData(400)]
    [InlineData(404)]
    [InlineData(409)]
    public async Task AClientErrorIsNotRetried(int status)
    {
        await using var backend = await Backend((_, _) => Status(status));
        var (client, attempts, host) = Client();
        using var _ = host;

        using var response = await client.GetAsync(new Uri(backend.Url, "/enterprises/1"));

        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal(1, attempts.Count);
    }

    [Fact]
    public async Task AnAttemptThatOutlivesTheAttemptTimeoutIsAbandonedAndRetried()
    {
        await using var backend = await Backend((n, context) => n == 1 ? Hang(context) : Status(200));
        var (client, attempts, host) = Client(attemptTimeout: TimeSpan.FromSeconds(1));
        using var _ = host;

        using var response = await client.GetAsync(new Uri(backend.Url, "/enterprises/1"));

        // Only a retry can answer 200: the first request never does.
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(attempts.Count >= 2);
    }

    [Fact]
    public async Task ASlowPostTimesOutOnceAndIsNotRetried()
    {
        await using var backend = await Backend((_, context) => Hang(context));
        var (client, attempts, host) = Client(attemptTimeout: TimeSpan.FromSeconds(1));
        using var _ = host;

        await Assert.ThrowsAsync<TimeoutRejectedException>(() => client.PostAsync(new Uri(backend.Url, "/listings"), new StringContent("{}")));

        Assert.Equal(1, attempts.Count);
    }
}
