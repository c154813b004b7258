using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace LandPlatform.Testing.Telemetry;

/// <summary>
/// An OTLP/HTTP endpoint (<c>/v1/traces</c>, <c>/v1/logs</c>, <c>/v1/metrics</c>) that keeps every
/// export it receives, so tests check what the platform really sends to a collector.
/// </summary>
public sealed class OtlpReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;

    private OtlpReceiver(WebApplication app, int port)
    {
        _app = app;
        Endpoint = new Uri($"http://127.0.0.1:{port}");
    }

    public Uri Endpoint { get; }

    public ConcurrentQueue<(string Signal, byte[] Body)> Exports { get; } = new();

    public static async Task<OtlpReceiver> StartAsync()
    {
        var port = FreePort.Next();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        var app = builder.Build();
        var receiver = new OtlpReceiver(app, port);
        app.MapPost("/v1/{signal}", async (string signal, HttpRequest request) =>
        {
            using var body = new MemoryStream();
            await request.Body.CopyToAsync(body);
            receiver.Exports.Enqueue((signal, body.ToArray()));
            return Results.Ok();
        });
        await app.StartAsync();
        return receiver;
    }

    /// <summary>
    /// Whether a trace export from <paramref name="service"/> carries <paramref name="traceId"/>: the
    /// protobuf holds the service name as UTF-8 and the trace id as its 16 raw bytes.
    /// </summary>
    public bool HasSpan(string service, string traceId)
    {
        var id = Convert.FromHexString(traceId);
        var name = System.Text.Encoding.UTF8.GetBytes(service);
        return Exports.Any(e => e.Signal == "traces" && Contains(e.Body, name) && Contains(e.Body, id));
    }

    private static bool Contains(byte[] haystack, byte[] needle) => haystack.AsSpan().IndexOf(needle) >= 0;

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
