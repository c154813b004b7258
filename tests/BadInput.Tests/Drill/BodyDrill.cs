using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;

namespace LandPlatform.BadInput.Tests.Drill;

/// <summary>
/// Sends the generator's bodies to each write endpoint with a token that passes its authorization, and judges
/// every answer: a 4xx with an RFC 7807 body (<c>application/problem+json</c>, <c>status</c> equal to the
/// code), never a 5xx, never a connection dropped without an answer.
/// </summary>
public sealed class BodyDrill(Uri baseAddress, string pathPrefix, long maxBodyBytes, int bodiesPerEndpoint)
{
    private const int Parallelism = 4;
    private const int BodilessEndpointBodies = 20;

    public async Task RunAsync(IReadOnlyList<WriteEndpoint> endpoints, Func<WriteEndpoint, Task<string?>> tokenFor, DrillOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentNullException.ThrowIfNull(tokenFor);
        ArgumentNullException.ThrowIfNull(outcome);
        using var handler = new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5), AllowAutoRedirect = false };
        using var client = new HttpClient(handler) { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(60) };
        foreach (var endpoint in endpoints)
        {
            outcome.Endpoint();
            var token = await tokenFor(endpoint);
            var seed = MalformedBodies.SeedFor(endpoint.Name);
            var random = new Random(seed);
            // An endpoint that reads no body ignores it: a few bodies show that, the rest would only repeat it.
            var count = endpoint.BodyType is null ? Math.Min(bodiesPerEndpoint, BodilessEndpointBodies) : bodiesPerEndpoint;
            var bodies = new MalformedBodies(BodySkeleton.Of(endpoint.BodyType), endpoint.RefusesUnknownFields, IsArray(endpoint.BodyType), maxBodyBytes, seed)
                .Generate(count)
                .Select(body => (body, path: pathPrefix + endpoint.Path(random)))
                .ToList();
            if (endpoint.HasRouteValues)
            {
                // With a body that is not JSON either, so a route value a string parameter does take reaches no handler.
                bodies.AddRange(WriteEndpoint.JunkRouteValues.Select(junk =>
                    (new MalformedBody("bad route value", "{"u8.ToArray()), pathPrefix + endpoint.Path(random, junk))));
            }

            await Parallel.ForEachAsync(bodies, new ParallelOptions { MaxDegreeOfParallelism = Parallelism }, async (item, ct) =>
                await SendAsync(client, endpoint, item.path, item.body, token, outcome, ct));
        }
    }

    private static async Task SendAsync(HttpClient client, WriteEndpoint endpoint, string path, MalformedBody body, string? token, DrillOutcome outcome, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(new HttpMethod(endpoint.Method), path) { Content = Content(body) };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        HttpResponseMessage response;
        try
        {
            response = await client.SendAsync(request, ct);
        }
        catch (Exception e) when (e is HttpRequestException or IOException or TaskCanceledException)
        {
            outcome.Record(body.Kind, DrillOutcome.Dropped, $"{endpoint.Name} {path}: no answer ({e.GetType().Name}: {e.Message}) to {body}");
            return;
        }

        using (response)
        {
            var status = (int)response.StatusCode;
            outcome.Record(body.Kind, status, await JudgeAsync(response, ct) is { } wrong ? $"{endpoint.Name}: {status} {wrong} to {body}" : null);
        }
    }

    /// <summary>Null when the answer is a 4xx problem; otherwise what is wrong with it.</summary>
    public static async Task<string?> JudgeAsync(HttpResponseMessage response, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(response);
        var status = (int)response.StatusCode;
        var text = await response.Content.ReadAsStringAsync(ct);
        if (status is < 400 or >= 500)
        {
            return $"is not a 4xx: {Cut(text)}";
        }

        if (response.Content.Headers.ContentType?.MediaType != "application/problem+json")
        {
            return $"has no problem body (Content-Type {response.Content.Headers.ContentType?.MediaType ?? "none"}): {Cut(text)}";
        }

        try
        {
            using var problem = JsonDocument.Parse(text);
            return problem.RootElement.TryGetProperty("status", out var s) && s.TryGetInt32(out var code) && code == status
                ? null
                : $"problem body does not carry status {status}: {Cut(text)}";
        }
        catch (JsonException)
        {
            return $"problem body is not JSON: {Cut(text)}";
        }
    }

    private static HttpContent Content(MalformedBody body)
    {
        HttpContent content = body.Chunked ? new ChunkedContent(body.Bytes) : new ByteArrayContent(body.Bytes);
        if (body.ContentType is not null)
        {
            content.Headers.ContentType = MediaTypeHeaderValue.Parse(body.ContentType);
        }

        return content;
    }

    private static bool IsArray(Type? type) => type is not null && BodySkeleton.Kind(type) == FieldKind.Array;

    private static string Cut(string text) => text.Length > 300 ? text[..300] + "…" : text;

    /// <summary>A body of unknown length: sent with Transfer-Encoding: chunked.</summary>
    private sealed class ChunkedContent(byte[] bytes) : HttpContent
    {
        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        {
            for (var at = 0; at < bytes.Length; at += 16 * 1024)
            {
                await stream.WriteAsync(bytes.AsMemory(at, Math.Min(16 * 1024, bytes.Length - at)));
            }
        }

        protected override bool TryComputeLength(out long length)
        {
            length = -1;
            return false;
        }
    }
}
