using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using Google.Protobuf;
using LandPlatform.Grpc.Client;
using LandPlatform.Grpc.Protocol;

namespace LandPlatform.Grpc;

/// <summary>
/// Makes unary gRPC calls over an <see cref="HttpClient"/> speaking HTTP/2. For cleartext
/// ("http://") addresses the request demands HTTP/2 exactly, which SocketsHttpHandler sends as
/// h2c with prior knowledge — what gRPC servers (and grpcio) expect.
/// </summary>
public sealed class GrpcChannel
{
    private const string UserAgent = "grpc-csharp-landplatform/1.0";
    private static readonly TimeSpan MaxTimer = TimeSpan.FromMilliseconds(uint.MaxValue - 1);
    private static readonly MediaTypeHeaderValue GrpcContentType = new(GrpcProtocol.ContentType);

    /// <param name="httpClient">Its BaseAddress is the server (scheme, host, port). Set its
    /// Timeout to infinite: deadlines belong to <see cref="GrpcCallOptions"/>.</param>
    public GrpcChannel(HttpClient httpClient, int maxReceiveMessageSize = 4 * 1024 * 1024)
    {
        ArgumentNullException.ThrowIfNull(httpClient);
        HttpClient = httpClient;
        MaxReceiveMessageSize = maxReceiveMessageSize;
    }

    public HttpClient HttpClient { get; }

    public int MaxReceiveMessageSize { get; }

    /// <summary>A channel with its own HTTP/2 client, for tools and tests; services use
    /// <see cref="GrpcClientServiceCollectionExtensions.AddGrpcClient{TClient}"/>.</summary>
    public static GrpcChannel ForAddress(Uri address) => new(GrpcHttpClient.Create(address));

    public async Task<TResponse> UnaryAsync<TRequest, TResponse>(string service, string method, TRequest request, GrpcCallOptions? options = null)
        where TRequest : IMessage<TRequest>
        where TResponse : IMessage<TResponse>, new()
    {
        ArgumentNullException.ThrowIfNull(request);
        options ??= GrpcCallOptions.Default;
        using var activity = GrpcDiagnostics.StartCall(service, method, ActivityKind.Client);
        try
        {
            var response = await SendAsync<TRequest, TResponse>(service, method, request, options);
            GrpcDiagnostics.SetStatus(activity, GrpcStatusCode.OK, isServer: false);
            return response;
        }
        catch (GrpcException ex)
        {
            GrpcDiagnostics.SetStatus(activity, ex.StatusCode, isServer: false);
            throw;
        }
    }

    private async Task<TResponse> SendAsync<TRequest, TResponse>(string service, string method, TRequest request, GrpcCallOptions options)
        where TRequest : IMessage<TRequest>
        where TResponse : IMessage<TResponse>, new()
    {
        var deadline = options.EffectiveDeadline(DateTime.UtcNow);
        var remaining = deadline - DateTime.UtcNow;
        if (remaining <= TimeSpan.Zero)
        {
            throw new GrpcException(GrpcStatusCode.DeadlineExceeded, "Deadline Exceeded");
        }

        using var cts = CancellationTokenSource.CreateLinkedTokenSource(options.CancellationToken);
        if (remaining is { } armed && armed < MaxTimer)
        {
            cts.CancelAfter(armed);
        }

        using var message = BuildRequest(service, method, request, options, remaining);
        try
        {
            using var response = await HttpClient.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, cts.Token);
            return await UnaryResponseReader.ReadAsync<TResponse>(response, MaxReceiveMessageSize, cts.Token);
        }
        catch (OperationCanceledException ex) when (options.CancellationToken.IsCancellationRequested)
        {
            throw new GrpcException(GrpcStatusCode.Cancelled, "Call canceled by the client.", ex);
        }
        catch (OperationCanceledException ex)
        {
            // Our deadline timer, or HttpClient.Timeout: either way the caller's time ran out.
            // The spec asks clients to report DEADLINE_EXCEEDED, generated locally.
            throw new GrpcException(GrpcStatusCode.DeadlineExceeded, "Deadline Exceeded", ex);
        }
        catch (HttpRequestException ex) when (ex.InnerException is HttpProtocolException reset)
        {
            throw new GrpcException(HttpStatusMapping.FromResetCode(reset.ErrorCode), $"Stream reset by peer (HTTP/2 error code {reset.ErrorCode}).", ex);
        }
        catch (HttpProtocolException ex)
        {
            throw new GrpcException(HttpStatusMapping.FromResetCode(ex.ErrorCode), $"Stream reset by peer (HTTP/2 error code {ex.ErrorCode}).", ex);
        }
        catch (HttpRequestException ex)
        {
            // statuscodes.md: the connection could not be made or broke → UNAVAILABLE (retryable).
            throw new GrpcException(GrpcStatusCode.Unavailable, $"Error connecting to {HttpClient.BaseAddress}: {ex.Message}", ex);
        }
        catch (IOException ex)
        {
            throw new GrpcException(GrpcStatusCode.Unavailable, $"Connection to {HttpClient.BaseAddress} broke: {ex.Message}", ex);
        }
    }

    private static HttpRequestMessage BuildRequest<TRequest>(string service, string method, TRequest request, GrpcCallOptions options, TimeSpan? timeout)
        where TRequest : IMessage<TRequest>
    {
        var content = new ByteArrayContent(GrpcFrame.Encode(request.ToByteArray()));
        content.Headers.ContentType = GrpcContentType;
        var message = new HttpRequestMessage(HttpMethod.Post, new Uri($"/{service}/{method}", UriKind.Relative))
        {
            Version = HttpVersion.Version20,
            VersionPolicy = HttpVersionPolicy.RequestVersionExact,
            Content = content,
        };

        // PROTOCOL-HTTP2.md, "Call-Definition": te: trailers detects proxies that drop trailers.
        message.Headers.TryAddWithoutValidation("te", "trailers");
        if (timeout is { } t)
        {
            message.Headers.TryAddWithoutValidation(GrpcProtocol.TimeoutHeader, GrpcTimeout.Format(t));
        }

        message.Headers.TryAddWithoutValidation(GrpcProtocol.AcceptEncodingHeader, GrpcProtocol.SupportedEncodings);
        message.Headers.TryAddWithoutValidation("user-agent", UserAgent);
        foreach (var (name, value) in options.Headers ?? new Dictionary<string, string>())
        {
            message.Headers.TryAddWithoutValidation(name, value);
        }

        return message;
    }
}
