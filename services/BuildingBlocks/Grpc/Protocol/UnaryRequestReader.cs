using System.Buffers;
using System.IO.Pipelines;

namespace LandPlatform.Grpc.Protocol;

/// <summary>
/// Reads exactly one Length-Prefixed-Message from the request body and the EOS after it.
/// DATA frame boundaries have no relation to message boundaries (PROTOCOL-HTTP2.md,
/// "Data Frames"), so the header and the body are assembled from whatever segments arrive.
/// </summary>
internal static class UnaryRequestReader
{
    /// <summary>
    /// doc/statuscodes.md: "Request cardinality violation (method requires exactly one request
    /// but client sent some other number of requests) → UNIMPLEMENTED". grpc-dotnet answers
    /// INTERNAL here instead; we follow the status-code document, which is the normative text.
    /// </summary>
    private const string NoMessage = "Unary method requires exactly one request message, but none was sent.";
    private const string TooManyMessages = "Unary method requires exactly one request message, but more were sent.";

    public static async Task<byte[]> ReadAsync(PipeReader reader, string? encoding, int maxMessageSize, CancellationToken cancellationToken)
    {
        byte[]? message = null;
        while (true)
        {
            var result = await reader.ReadAsync(cancellationToken);
            var buffer = result.Buffer;
            try
            {
                if (message is null && TryTakeMessage(ref buffer, encoding, maxMessageSize, out var taken))
                {
                    message = taken;
                }

                if (message is not null && buffer.Length >= GrpcProtocol.FrameHeaderSize)
                {
                    // A whole second header has arrived: that is a second message.
                    throw new GrpcException(GrpcStatusCode.Unimplemented, TooManyMessages);
                }

                if (result.IsCompleted)
                {
                    return Complete(message, buffer);
                }
            }
            finally
            {
                // Examined everything: do not wake up again until more bytes (or EOS) arrive.
                reader.AdvanceTo(buffer.Start, buffer.End);
            }
        }
    }

    private static byte[] Complete(byte[]? message, in ReadOnlySequence<byte> rest)
    {
        if (message is null && rest.IsEmpty)
        {
            throw new GrpcException(GrpcStatusCode.Unimplemented, NoMessage);
        }

        if (message is null || !rest.IsEmpty)
        {
            // EOS inside a frame: the framing is corrupt, not a cardinality problem.
            throw new GrpcException(GrpcStatusCode.Internal, "Incomplete message.");
        }

        return message;
    }

    private static bool TryTakeMessage(ref ReadOnlySequence<byte> buffer, string? encoding, int maxMessageSize, out byte[] message)
    {
        message = [];
        if (!GrpcFrame.TryReadHeader(buffer, out var flag, out var length))
        {
            return false;
        }

        if (flag > 1)
        {
            throw new GrpcException(GrpcStatusCode.Internal, "Unexpected compressed flag value in message header.");
        }

        // Checked on the header alone so an oversized body is never buffered.
        if (length > (uint)maxMessageSize)
        {
            throw new GrpcException(GrpcStatusCode.ResourceExhausted, "Received message exceeds the maximum configured message size.");
        }

        if (buffer.Length < GrpcProtocol.FrameHeaderSize + length)
        {
            return false;
        }

        var payload = buffer.Slice(GrpcProtocol.FrameHeaderSize, length).ToArray();
        buffer = buffer.Slice(GrpcProtocol.FrameHeaderSize + length);
        message = flag == 1 ? Decompress(payload, encoding, maxMessageSize) : payload;
        return true;
    }

    private static byte[] Decompress(byte[] payload, string? encoding, int maxMessageSize)
    {
        // PROTOCOL-HTTP2.md: "If the Message-Encoding header is omitted then the Compressed-Flag
        // must be 0"; identity cannot produce a compressed message either. grpc-dotnet treats both
        // as INTERNAL (PipeExtensions.cs).
        if (string.IsNullOrEmpty(encoding))
        {
            throw new GrpcException(GrpcStatusCode.Internal, "Request did not include grpc-encoding value with compressed message.");
        }

        if (encoding.Equals(GrpcProtocol.IdentityEncoding, StringComparison.OrdinalIgnoreCase))
        {
            throw new GrpcException(GrpcStatusCode.Internal, "Request sent 'identity' grpc-encoding value with compressed message.");
        }

        if (!GrpcCompression.IsSupported(encoding))
        {
            // doc/compression.md: a message compressed in a way the server does not support MUST
            // fail with UNIMPLEMENTED, naming the supported ones (also sent in grpc-accept-encoding).
            throw new GrpcException(GrpcStatusCode.Unimplemented, $"Unsupported grpc-encoding value '{encoding}'. Supported encodings: {GrpcProtocol.SupportedEncodings}");
        }

        return GrpcCompression.Gunzip(payload, maxMessageSize);
    }
}
