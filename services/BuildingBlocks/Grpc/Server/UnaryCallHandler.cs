using System.Diagnostics;
using Google.Protobuf;
using LandPlatform.Grpc.Protocol;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace LandPlatform.Grpc.Server;

/// <summary>
/// Serves one unary method: validates the request shape, reads exactly one message, runs the
/// handler under the call's deadline and answers with a message + trailers or Trailers-Only.
/// </summary>
internal sealed class UnaryCallHandler<TRequest, TResponse>(
    string service,
    string method,
    Func<TRequest, GrpcCallContext, Task<TResponse>> handler,
    GrpcTransportOptions options,
    ILogger logger)
    where TRequest : IMessage<TRequest>, new()
    where TResponse : IMessage<TResponse>
{
    /// <summary>Beyond this a timer cannot be armed (CancelAfter's limit); such a deadline is
    /// effectively infinite, which is what the spec assumes when no timeout is sent.</summary>
    private static readonly TimeSpan MaxTimer = TimeSpan.FromMilliseconds(uint.MaxValue - 1);

    public async Task HandleAsync(HttpContext http)
    {
        if (!GrpcProtocol.IsGrpcContentType(http.Request.ContentType))
        {
            // PROTOCOL-HTTP2.md: a content type not beginning with application/grpc SHOULD get 415,
            // so plain HTTP clients do not mistake a gRPC error (HTTP 200) for success.
            GrpcServerLog.UnsupportedContentType(logger, http.Request.ContentType);
            GrpcResponses.WriteHttpError(http.Response, StatusCodes.Status415UnsupportedMediaType, GrpcStatusCode.Internal, $"Content-Type '{http.Request.ContentType}' is not supported.");
            return;
        }

        if (!HttpProtocol.IsHttp2(http.Request.Protocol) && !HttpProtocol.IsHttp3(http.Request.Protocol))
        {
            // Trailers need HTTP/2; grpc-dotnet answers 426 in the same situation.
            GrpcResponses.WriteHttpError(http.Response, StatusCodes.Status426UpgradeRequired, GrpcStatusCode.Internal, $"Request protocol '{http.Request.Protocol}' is not supported.");
            http.Response.Headers.Upgrade = "HTTP/2";
            return;
        }

        using var activity = GrpcDiagnostics.StartCall(service, method, ActivityKind.Server, RemoteParent(http));
        var timeout = ReadTimeout(http);
        using var deadlineCts = new CancellationTokenSource();
        using var callCts = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted, deadlineCts.Token);
        var deadline = DeadlineFrom(timeout);
        if (timeout is { } armed && armed < MaxTimer)
        {
            deadlineCts.CancelAfter(armed);
        }

        var context = new GrpcCallContext(http, service, method, deadline, callCts.Token);
        var call = RunAsync(http, context);

        // Race the handler against the deadline so a handler that ignores its token still
        // lets the client hear DEADLINE_EXCEEDED on time (PROTOCOL-HTTP2.md, "Client Cancellation").
        var deadlinePassed = Task.Delay(Timeout.Infinite, deadlineCts.Token);
        var handlerFinished = await Task.WhenAny(call, deadlinePassed) == call;
        var (status, detail, payload) = handlerFinished
            ? await OutcomeAsync(call, http, deadlineCts.Token)
            : (GrpcStatusCode.DeadlineExceeded, "Deadline Exceeded", null);

        if (status == GrpcStatusCode.DeadlineExceeded)
        {
            GrpcServerLog.DeadlineExceeded(logger, service, method, timeout ?? TimeSpan.Zero);
        }

        if (http.RequestAborted.IsCancellationRequested)
        {
            // The stream is gone (RST_STREAM or disconnect): nothing can be sent any more.
            status = GrpcStatusCode.Cancelled;
            GrpcServerLog.CancelledByClient(logger, service, method);
        }
        else if (payload is not null)
        {
            await GrpcResponses.WriteMessageAsync(http.Response, payload);
        }
        else
        {
            GrpcServerLog.CallFailed(logger, service, method, status, detail);
            GrpcResponses.WriteTrailersOnly(http.Response, status, detail);
        }

        if (!handlerFinished)
        {
            await FinishAfterDeadlineAsync(http, call);
        }

        GrpcDiagnostics.SetStatus(activity, status, isServer: true);
    }

    private async Task<byte[]> RunAsync(HttpContext http, GrpcCallContext context)
    {
        // Leave the synchronous part of the caller first, so the deadline race starts at once.
        await Task.Yield();
        var encoding = http.Request.Headers[GrpcProtocol.EncodingHeader].ToString();
        var bytes = await UnaryRequestReader.ReadAsync(http.Request.BodyReader, encoding, options.MaxReceiveMessageSize, context.CancellationToken);

        var request = new TRequest();
        try
        {
            request.MergeFrom(bytes);
        }
        catch (InvalidProtocolBufferException ex)
        {
            // statuscodes.md: "Error parsing request proto → INTERNAL (server)".
            throw new GrpcException(GrpcStatusCode.Internal, "Failed to deserialize request message.", ex);
        }

        var response = await handler(request, context);
        return response.ToByteArray();
    }

    private async Task<(GrpcStatusCode Status, string Detail, byte[]? Payload)> OutcomeAsync(Task<byte[]> call, HttpContext http, CancellationToken deadlineToken)
    {
        try
        {
            return (GrpcStatusCode.OK, string.Empty, await call);
        }
        catch (GrpcException ex)
        {
            return (ex.StatusCode, ex.Detail, null);
        }
        catch (OperationCanceledException) when (deadlineToken.IsCancellationRequested)
        {
            return (GrpcStatusCode.DeadlineExceeded, "Deadline Exceeded", null);
        }
        catch (Exception) when (http.RequestAborted.IsCancellationRequested)
        {
            // Cancellation or an I/O error from a body whose stream the client reset.
            return (GrpcStatusCode.Cancelled, "Call canceled by the client.", null);
        }
        catch (Exception ex)
        {
            // statuscodes.md: an exception in the server application → UNKNOWN. The text stays in
            // the log: exception messages can carry connection strings, SQL, personal data.
            GrpcServerLog.HandlerFailed(logger, service, method, ex);
            return (GrpcStatusCode.Unknown, "Exception was thrown by handler.", null);
        }
    }

    /// <summary>Sends DEADLINE_EXCEEDED now, then waits for the (already cancelled) handler so the
    /// HttpContext is not recycled under it.</summary>
    private async Task FinishAfterDeadlineAsync(HttpContext http, Task<byte[]> call)
    {
        if (!http.RequestAborted.IsCancellationRequested)
        {
            await http.Response.CompleteAsync();
        }

        try
        {
            await call;
        }
        catch (Exception ex) when (ex is not OperationCanceledException and not GrpcException)
        {
            GrpcServerLog.HandlerFailedAfterDeadline(logger, service, method, ex);
        }
        catch (Exception)
        {
            // Cancellation or a status nobody can receive any more: the deadline already answered.
        }
    }

    /// <summary>"99999999H" is legal and lies past DateTime.MaxValue: such a deadline is no deadline.</summary>
    private static DateTime DeadlineFrom(TimeSpan? timeout)
    {
        var now = DateTime.UtcNow;
        return timeout is { } t && t < DateTime.MaxValue - now ? now + t : DateTime.MaxValue;
    }

    private TimeSpan? ReadTimeout(HttpContext http)
    {
        var header = http.Request.Headers[GrpcProtocol.TimeoutHeader].ToString();
        if (header.Length == 0)
        {
            return null;
        }

        if (GrpcTimeout.TryParse(header, out var timeout))
        {
            return timeout;
        }

        // The spec gives no status for a malformed timeout; grpc-dotnet ("InvalidTimeoutIgnored")
        // and grpc core both ignore it and treat the call as having no deadline.
        GrpcServerLog.InvalidTimeoutIgnored(logger, header);
        return null;
    }

    /// <summary>ASP.NET Core's hosting activity already carries the caller's traceparent; when
    /// nobody listens to it there is no Activity.Current, so read the header ourselves.</summary>
    private static ActivityContext RemoteParent(HttpContext http)
    {
        if (Activity.Current is not null)
        {
            return default;
        }

        var traceParent = http.Request.Headers.TraceParent.ToString();
        var traceState = http.Request.Headers.TraceState.ToString();
        return ActivityContext.TryParse(traceParent, traceState, isRemote: true, out var parent) ? parent : default;
    }
}
