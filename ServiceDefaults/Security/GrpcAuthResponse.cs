using Microsoft.AspNetCore.Http;

namespace LandPlatform.ServiceDefaults.Security;

/// <summary>
/// A gRPC client cannot read a problem detail: it expects HTTP 200 with <c>grpc-status</c> in the
/// headers (a trailers-only response, PROTOCOL-HTTP2.md). Authentication and authorization failures
/// on gRPC methods are answered that way: UNAUTHENTICATED (16) and PERMISSION_DENIED (7).
/// </summary>
internal static class GrpcAuthResponse
{
    public const int Unauthenticated = 16;
    public const int PermissionDenied = 7;

    public static bool IsGrpc(HttpRequest request) =>
        request.ContentType?.StartsWith("application/grpc", StringComparison.OrdinalIgnoreCase) == true;

    public static Task WriteAsync(HttpResponse response, int status, string message)
    {
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "application/grpc";
        response.Headers["grpc-status"] = status.ToString(System.Globalization.CultureInfo.InvariantCulture);
        response.Headers["grpc-message"] = Uri.EscapeDataString(message);
        return Task.CompletedTask;
    }
}
