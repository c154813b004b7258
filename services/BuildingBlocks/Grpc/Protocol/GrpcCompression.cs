using System.IO.Compression;

namespace LandPlatform.Grpc.Protocol;

/// <summary>
/// Per-message decompression (doc/compression.md): identity and gzip are supported; a new
/// context per message, as PROTOCOL-HTTP2.md requires.
/// </summary>
internal static class GrpcCompression
{
    public static bool IsSupported(string encoding) =>
        encoding.Equals(GrpcProtocol.GzipEncoding, StringComparison.OrdinalIgnoreCase);

    /// <summary>Decompresses a gzip message, refusing to inflate past <paramref name="maxSize"/>
    /// (a small compressed message must not bypass the receive limit).</summary>
    public static byte[] Gunzip(byte[] compressed, int maxSize)
    {
        using var input = new MemoryStream(compressed);
        using var gzip = new GZipStream(input, CompressionMode.Decompress);
        using var output = new MemoryStream();
        var buffer = new byte[16 * 1024];
        int read;
        try
        {
            while ((read = gzip.Read(buffer, 0, buffer.Length)) > 0)
            {
                if (output.Length + read > maxSize)
                {
                    throw new GrpcException(GrpcStatusCode.ResourceExhausted, "Received message exceeds the maximum configured message size.");
                }

                output.Write(buffer, 0, read);
            }
        }
        catch (InvalidDataException ex)
        {
            // statuscodes.md: "Could not decompress, but compression algorithm supported" → INTERNAL.
            throw new GrpcException(GrpcStatusCode.Internal, "Could not decompress message.", ex);
        }

        return output.ToArray();
    }

    public static byte[] Gzip(ReadOnlySpan<byte> message)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(message);
        }

        return output.ToArray();
    }
}
