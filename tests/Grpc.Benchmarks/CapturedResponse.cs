using System.Net;
using System.Net.Http.Headers;

namespace LandPlatform.Grpc.Benchmarks;

/// <summary>
/// What the gRPC server answered to the benchmark's request: headers (Kestrel's own date and server
/// left out), body and trailers. The bare handler replays it, so both servers send the same bytes.
/// </summary>
internal sealed record CapturedResponse(IReadOnlyList<KeyValuePair<string, string>> Headers, byte[] Body, IReadOnlyList<KeyValuePair<string, string>> Trailers)
{
    private static readonly HashSet<string> KestrelHeaders = new(StringComparer.OrdinalIgnoreCase) { "date", "server" };

    public static async Task<CapturedResponse> FetchAsync(Uri address, string path, byte[] request)
    {
        using var http = new HttpClient();
        using var message = new HttpRequestMessage(HttpMethod.Post, new Uri(address, path))
        {
            Version = HttpVersion.Version20,
            VersionPolicy = HttpVersionPolicy.RequestVersionExact,
            Content = new ByteArrayContent(request),
        };
        message.Content.Headers.ContentType = new MediaTypeHeaderValue("application/grpc");
        message.Headers.TE.ParseAdd("trailers");
        using var response = await http.SendAsync(message);
        var body = await response.Content.ReadAsByteArrayAsync();
        var headers = response.Headers.Concat(response.Content.Headers)
            .Where(h => !KestrelHeaders.Contains(h.Key))
            .SelectMany(h => h.Value.Select(v => KeyValuePair.Create(h.Key.ToLowerInvariant(), v)))
            .OrderBy(h => h.Key, StringComparer.Ordinal)
            .ToList();
        var trailers = response.TrailingHeaders
            .SelectMany(h => h.Value.Select(v => KeyValuePair.Create(h.Key.ToLowerInvariant(), v)))
            .OrderBy(h => h.Key, StringComparer.Ordinal)
            .ToList();
        return response.StatusCode == HttpStatusCode.OK
            ? new CapturedResponse(headers, body, trailers)
            : throw new InvalidOperationException($"{address}{path} answered HTTP {(int)response.StatusCode}");
    }

    public bool SameAs(CapturedResponse other) =>
        Headers.SequenceEqual(other.Headers) && Body.AsSpan().SequenceEqual(other.Body) && Trailers.SequenceEqual(other.Trailers);

    public override string ToString() =>
        $"headers [{string.Join(", ", Headers.Select(h => $"{h.Key}: {h.Value}"))}], body {Body.Length} bytes {Convert.ToHexString(Body)}, " +
        $"trailers [{string.Join(", ", Trailers.Select(h => $"{h.Key}: {h.Value}"))}]";
}
