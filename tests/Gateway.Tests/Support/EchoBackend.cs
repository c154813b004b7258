using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace LandPlatform.Gateway.Tests.Support;

/// <summary>What a backend saw of one forwarded request.</summary>
public sealed record Received(string Path, string Query, IReadOnlyDictionary<string, string> Headers, long BodyBytes);

/// <summary>
/// A stand-in for one platform service on a real Kestrel port: <c>/health</c> answers healthy (or
/// not, when told), <c>/slow</c> hangs until the caller gives up, and every other request is recorded
/// and echoed back with the service's name.
/// </summary>
public sealed class EchoBackend : IAsyncDisposable
{
    private readonly ConcurrentQueue<Received> _received = new();
    private WebApplication _app = null!;

    private EchoBackend(string service) => Service = service;

    public string Service { get; }

    public Uri Url { get; private set; } = null!;

    public bool Healthy { get; set; } = true;

    /// <summary>Requests other than health probes, in arrival order.</summary>
    public IReadOnlyList<Received> Requests => [.. _received];

    public static async Task<EchoBackend> StartAsync(string service)
    {
        var backend = new EchoBackend(service);
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.MapGet("/health", () => backend.Healthy ? Results.Ok("healthy") : Results.StatusCode(503));
        app.MapFallback((Func<HttpContext, Task<IResult>>)backend.EchoAsync);
        await app.StartAsync();
        backend._app = app;
        backend.Url = new Uri(app.Urls.First());
        return backend;
    }

    private async Task<IResult> EchoAsync(HttpContext context)
    {
        var request = context.Request;
        var headers = request.Headers.ToDictionary(h => h.Key.ToLowerInvariant(), h => h.Value.ToString());
        long length = 0;
        var seen = new Received(request.Path, request.QueryString.Value ?? "", headers, 0);
        // Recorded on arrival, before the body is read: a request that reaches the backend at all counts.
        _received.Enqueue(seen);
        if (request.Path.StartsWithSegments("/slow"))
        {
            await Task.Delay(TimeSpan.FromSeconds(30), context.RequestAborted);
        }

        var buffer = new byte[64 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(buffer, context.RequestAborted)) > 0)
        {
            length += read;
        }

        return Results.Json(new { service = Service, path = seen.Path, query = seen.Query, traceparent = headers.GetValueOrDefault("traceparent"), bodyBytes = length });
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
