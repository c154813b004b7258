namespace LandPlatform.Grpc.Protocol;

/// <summary>Header names and values of grpc/grpc doc/PROTOCOL-HTTP2.md.</summary>
internal static class GrpcProtocol
{
    public const string ContentType = "application/grpc";
    public const string ProtoContentType = "application/grpc+proto";
    public const string StatusHeader = "grpc-status";
    public const string MessageHeader = "grpc-message";
    public const string TimeoutHeader = "grpc-timeout";
    public const string EncodingHeader = "grpc-encoding";
    public const string AcceptEncodingHeader = "grpc-accept-encoding";
    public const string IdentityEncoding = "identity";
    public const string GzipEncoding = "gzip";

    /// <summary>What we can decode, advertised so a peer can pick (doc/compression.md).</summary>
    public const string SupportedEncodings = "identity,gzip";

    /// <summary>1 byte Compressed-Flag + 4 bytes big-endian Message-Length.</summary>
    public const int FrameHeaderSize = 5;

    /// <summary>
    /// "application/grpc" or "application/grpc+proto", case-insensitive, parameters ignored.
    /// +json and other subtypes are not spoken here, so they count as unsupported (415).
    /// </summary>
    public static bool IsGrpcContentType(string? contentType)
    {
        if (string.IsNullOrEmpty(contentType))
        {
            return false;
        }

        var semicolon = contentType.IndexOf(';', StringComparison.Ordinal);
        var mediaType = (semicolon < 0 ? contentType : contentType[..semicolon]).Trim();
        return mediaType.Equals(ContentType, StringComparison.OrdinalIgnoreCase)
            || mediaType.Equals(ProtoContentType, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>True for anything that announces itself as gRPC (application/grpc*), used to
    /// decide whether an unmatched request deserves a gRPC UNIMPLEMENTED instead of a 404.</summary>
    public static bool LooksLikeGrpc(string? contentType) =>
        contentType is not null && contentType.StartsWith(ContentType, StringComparison.OrdinalIgnoreCase);
}
