using System.Net;
using System.Net.Http.Headers;
using LandPlatform.BadInput.Tests.Drill;

namespace LandPlatform.BadInput.Tests.Grpc;

/// <summary>
/// Sends malformed frames to a gRPC method over real HTTP/2 (prior knowledge, as services talk to each other)
/// and judges each answer: it arrives, it carries a grpc-status (in the headers of a trailers-only answer or in
/// the trailers) that is a defined code, never UNKNOWN (an exception the handler did not turn into a status),
/// and never OK when the framing itself is broken.
/// </summary>
public static class GrpcFrameDrill
{
    private const int Unknown = 2;
    private static readonly TimeSpan StreamPatience = TimeSpan.FromSeconds(5);

    public static async Task RunAsync(Uri grpcAddress, string method, string? token, DrillOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        using var client = Http2Client(grpcAddress);
        outcome.Endpoint();
        foreach (var frame in GrpcFrame.Malformed(MalformedBodies.SeedFor(method)))
        {
            var (status, failure) = await SendAsync(client, method, frame, token);
            outcome.Record("grpc: " + frame.Kind, status, failure is null ? null : $"{method} ({(token is null ? "no token" : "token")}): {failure} to {frame}");
        }
    }

    /// <summary>The grpc-status of a call with <paramref name="body"/>, or -1 and why there is none.</summary>
    public static async Task<(int Status, string? Failure)> SendAsync(HttpClient client, string method, GrpcFrame frame, string? token)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(frame);
        using var request = new HttpRequestMessage(HttpMethod.Post, method)
        {
            Version = HttpVersion.Version20,
            VersionPolicy = HttpVersionPolicy.RequestVersionExact,
            Content = new ByteArrayContent(frame.Body),
        };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(frame.ContentType);
        request.Headers.TE.Add(new TransferCodingWithQualityHeaderValue("trailers"));
        if (frame.Encoding is not null)
        {
            request.Headers.Add("grpc-encoding", frame.Encoding);
        }

        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        try
        {
            using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
            using (var patience = new CancellationTokenSource(StreamPatience))
            {
                try
                {
                    await response.Content.ReadAsByteArrayAsync(patience.Token);
                }
                catch (OperationCanceledException) when (patience.IsCancellationRequested)
                {
                    // A server-streaming call (grpc.health.v1.Health/Watch) that accepted a message garbage happened
                    // to form stays open: an answer, unless the framing itself was broken.
                    return (0, frame.MustFail ? "a stream was opened for a broken frame" : null);
                }
            }

            var raw = Header(response.Headers, "grpc-status") ?? Header(response.TrailingHeaders, "grpc-status");
            if (frame.ContentType != GrpcFrame.Grpc && raw is null)
            {
                // Not a gRPC request at all: an HTTP refusal (401 before the content type is looked at, 415) is right.
                return ((int)response.StatusCode, (int)response.StatusCode is >= 400 and < 500 ? null : $"HTTP {(int)response.StatusCode} to a request that is not gRPC");
            }

            if (!int.TryParse(raw, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var status) || status is < 0 or > 16)
            {
                return ((int)response.StatusCode, $"HTTP {(int)response.StatusCode} without a valid grpc-status ({raw ?? "none"})");
            }

            var message = Header(response.Headers, "grpc-message") ?? Header(response.TrailingHeaders, "grpc-message");
            return status switch
            {
                Unknown => (status, $"UNKNOWN ({Uri.UnescapeDataString(message ?? string.Empty)})"),
                0 when frame.MustFail => (status, "OK"),
                _ => (status, null),
            };
        }
        catch (Exception e) when (e is HttpRequestException or IOException)
        {
            return (-1, $"no answer ({e.GetType().Name}: {e.Message})");
        }
    }

    public static HttpClient Http2Client(Uri address) =>
        new(new SocketsHttpHandler { EnableMultipleHttp2Connections = true }) { BaseAddress = address, Timeout = TimeSpan.FromSeconds(60) };

    private static string? Header(HttpHeaders headers, string name) =>
        headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;
}
