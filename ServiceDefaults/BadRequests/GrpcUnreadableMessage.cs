using System.IO;
using Google.Protobuf;
using Grpc.AspNetCore.Server;
using Grpc.Core;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace LandPlatform.ServiceDefaults.BadRequests;

/// <summary>
/// A gRPC request whose message cannot be read (garbage protobuf, a compressed flag that is neither 0 nor 1,
/// gzip that is not gzip, bytes after a unary message) gets INTERNAL, as the gRPC status-code table prescribes for
/// a message that fails to parse and as Grpc.AspNetCore itself answers a truncated frame. Grpc.AspNetCore reads
/// the message before any interceptor and answers these with UNKNOWN ("Exception was thrown by handler."), the
/// status of a handler's own bug; the call's status still carries the exception, so the status is corrected
/// here, after the call, before its trailers are sent. A handler's own exceptions stay UNKNOWN.
/// </summary>
internal static class GrpcUnreadableMessage
{
    private const string StatusHeader = "grpc-status";
    private const string MessageHeader = "grpc-message";

    public static void Correct(HttpContext context)
    {
        if (context.Features.Get<IServerCallContextFeature>()?.ServerCallContext is not { } call
            || call.Status is not { StatusCode: StatusCode.Unknown, DebugException: InvalidProtocolBufferException or InvalidDataException } status)
        {
            return;
        }

        // Trailers-only when nothing was written yet (the message is read before anything is), else the trailers.
        var headers = context.Response.HasStarted ? context.Features.Get<IHttpResponseTrailersFeature>()?.Trailers : context.Response.Headers;
        if (headers is null || headers.IsReadOnly || !headers.ContainsKey(StatusHeader))
        {
            return;
        }

        var detail = "The request message could not be read: " + status.DebugException!.Message;
        call.Status = new Status(StatusCode.Internal, detail, status.DebugException);
        headers[StatusHeader] = ((int)StatusCode.Internal).ToString(System.Globalization.CultureInfo.InvariantCulture);
        // grpc-message is percent-encoded (gRPC over HTTP/2: Status-Message).
        headers[MessageHeader] = Uri.EscapeDataString(detail);
    }
}
