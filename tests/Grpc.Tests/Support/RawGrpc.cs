using System.Net;
using System.Net.Http.Headers;
using Google.Protobuf;
using LandPlatform.Grpc.Protocol;

namespace LandPlatform.Grpc.Tests.Support;

/// <summary>Hand-built gRPC requests, so tests control every byte and header the server sees.</summary>
public static class RawGrpc
{
    public static byte[] Frame(IMessage message, bool compressed = false) => GrpcFrame.Encode(message.ToByteArray(), compressed);

    public static byte[] Frame(byte[] payload, bool compressed = false) => GrpcFrame.Encode(payload, compressed);

    public static HttpRequestMessage Request(string path, HttpContent content, string contentType = "application/grpc")
    {
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        var request = new HttpRequestMessage(HttpMethod.Post, path)
        {
            Version = HttpVersion.Version20,
            VersionPolicy = HttpVersionPolicy.RequestVersionExact,
            Content = content,
        };
        request.Headers.TryAddWithoutValidation("te", "trailers");
        return request;
    }

    public static HttpRequestMessage Request(string path, byte[] body, string contentType = "application/grpc") =>
        Request(path, new ByteArrayContent(body), contentType);

    public static async Task<RawResponse> SendAsync(HttpClient client, HttpRequestMessage request, CancellationToken cancellationToken = default)
    {
        using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        return new RawResponse(response.StatusCode, Flatten(response.Headers, response.Content.Headers), body, Flatten(response.TrailingHeaders));
    }

    private static Dictionary<string, string> Flatten(params HttpHeaders[] headers) =>
        headers.SelectMany(h => h).ToDictionary(h => h.Key.ToLowerInvariant(), h => string.Join(",", h.Value));
}

public sealed record RawResponse(HttpStatusCode HttpStatus, Dictionary<string, string> Headers, byte[] Body, Dictionary<string, string> Trailers)
{
    /// <summary>grpc-status from the trailers, or from the headers for Trailers-Only.</summary>
    public GrpcStatusCode? Status =>
        (Trailers.TryGetValue("grpc-status", out var t) ? t : Headers.GetValueOrDefault("grpc-status")) is { } s
            ? (GrpcStatusCode)int.Parse(s, System.Globalization.CultureInfo.InvariantCulture)
            : null;

    public string? Message =>
        (Trailers.TryGetValue("grpc-message", out var t) ? t : Headers.GetValueOrDefault("grpc-message")) is { } m
            ? PercentEncoding.Decode(m)
            : null;

    public bool IsTrailersOnly => Headers.ContainsKey("grpc-status") && Body.Length == 0 && Trailers.Count == 0;

    public T Single<T>(MessageParser<T> parser)
        where T : IMessage<T>
    {
        Assert.True(Body.Length >= 5, "response has no message frame");
        Assert.Equal(0, Body[0]);
        var length = (int)System.Buffers.Binary.BinaryPrimitives.ReadUInt32BigEndian(Body.AsSpan(1));
        Assert.Equal(Body.Length, 5 + length);
        return parser.ParseFrom(Body, 5, length);
    }
}
