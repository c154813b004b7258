using System.Net;

namespace LandPlatform.Grpc.Client;

/// <summary>
/// grpc/grpc doc/http-grpc-status-mapping.md, used only when a response carries no grpc-status
/// (an intermediary answered, not a gRPC server).
/// </summary>
internal static class HttpStatusMapping
{
    public static GrpcStatusCode ToGrpcStatus(HttpStatusCode status) => (int)status switch
    {
        400 => GrpcStatusCode.Internal,
        401 => GrpcStatusCode.Unauthenticated,
        403 => GrpcStatusCode.PermissionDenied,
        404 => GrpcStatusCode.Unimplemented,
        429 or 502 or 503 or 504 => GrpcStatusCode.Unavailable,
        431 => GrpcStatusCode.Internal,
        _ => GrpcStatusCode.Unknown,
    };

    /// <summary>PROTOCOL-HTTP2.md, "Errors": RST_STREAM error codes to gRPC codes.</summary>
    public static GrpcStatusCode FromResetCode(long http2ErrorCode) => http2ErrorCode switch
    {
        0x7 => GrpcStatusCode.Unavailable,        // REFUSED_STREAM: nothing processed, retry elsewhere
        0x8 => GrpcStatusCode.Cancelled,          // CANCEL sent by the server
        0xb => GrpcStatusCode.ResourceExhausted,  // ENHANCE_YOUR_CALM
        0xc => GrpcStatusCode.PermissionDenied,   // INADEQUATE_SECURITY
        _ => GrpcStatusCode.Internal,
    };
}
