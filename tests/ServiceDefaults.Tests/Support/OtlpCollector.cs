using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace LandPlatform.ServiceDefaults.Tests.Support;

/// <summary>
/// The receiving half of OTLP/HTTP (application/x-protobuf): keeps every body posted to /v1/traces,
/// /v1/logs and /v1/metrics. Bodies are searched for bytes rather than decoded: a string attribute
/// is its UTF-8 bytes on the wire, a trace id its 16 raw bytes.
/// </summary>
public sealed class OtlpCollector : IAsyncDisposable
{
    private readonly ConcurrentQueue<(string Signal, byte[] Body)> _received = new();
    private TinyServer _server = null!;

    public Uri Url => _server.Url;

    public static async Task<OtlpCollector> StartAsync(string url = "http://127.0.0.1:0")
    {
        var collector = new OtlpCollector();
        collector._server = await TinyServer.StartAsync(app => app.MapPost("/v1/{signal}", collector.ReceiveAsync), url);
        return collector;
    }

    public IReadOnlyList<byte[]> Bodies(string signal) => [.. _received.Where(r => r.Signal == signal).Select(r => r.Body)];

    public int Count => _received.Count;

    public static bool Contains(byte[] body, ReadOnlySpan<byte> part) => body.AsSpan().IndexOf(part) >= 0;

    private async Task<IResult> ReceiveAsync(string signal, HttpContext context)
    {
        if (context.Request.ContentType != "application/x-protobuf")
        {
            return Results.StatusCode(StatusCodes.Status415UnsupportedMediaType);
        }

        using var body = new MemoryStream();
        await context.Request.Body.CopyToAsync(body, context.RequestAborted);
        _received.Enqueue((signal, body.ToArray()));
        // An empty Export*ServiceResponse: full success.
        return Results.Bytes([], "application/x-protobuf");
    }

    public async ValueTask DisposeAsync() => await _server.DisposeAsync();
}
