using LandPlatform.Grpc.Protocol;
using Microsoft.AspNetCore.Http;

namespace LandPlatform.Grpc.Server;

/// <summary>Writes the two response shapes of PROTOCOL-HTTP2.md, "Responses".</summary>
internal static class GrpcResponses
{
    /// <summary>Response-Headers, one Length-Prefixed-Message, then Trailers with grpc-status 0
    /// ("Status must be sent in Trailers even if the status code is OK").</summary>
    public static async Task WriteMessageAsync(HttpResponse response, byte[] message)
    {
        WriteHeaders(response);
        await response.BodyWriter.WriteAsync(GrpcFrame.Encode(message));
        response.AppendTrailer(GrpcProtocol.StatusHeader, "0");
    }

    /// <summary>Trailers-Only: the status travels in the single HEADERS frame, with END_STREAM
    /// and no body — the form "permitted for calls that produce an immediate error".</summary>
    public static void WriteTrailersOnly(HttpResponse response, GrpcStatusCode status, string detail)
    {
        WriteHeaders(response);
        WriteStatus(response.Headers, status, detail);
    }

    /// <summary>A non-gRPC HTTP error (415, 426) that still carries a grpc-status, as grpc-dotnet
    /// does, so gRPC clients report something precise.</summary>
    public static void WriteHttpError(HttpResponse response, int httpStatus, GrpcStatusCode status, string detail)
    {
        response.StatusCode = httpStatus;
        WriteStatus(response.Headers, status, detail);
    }

    private static void WriteHeaders(HttpResponse response)
    {
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = GrpcProtocol.ContentType;
        response.Headers[GrpcProtocol.AcceptEncodingHeader] = GrpcProtocol.SupportedEncodings;
    }

    private static void WriteStatus(IHeaderDictionary headers, GrpcStatusCode status, string detail)
    {
        headers[GrpcProtocol.StatusHeader] = ((int)status).ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (!string.IsNullOrEmpty(detail))
        {
            headers[GrpcProtocol.MessageHeader] = PercentEncoding.Encode(detail);
        }
    }
}
