using System.Buffers;
using System.Buffers.Binary;

namespace LandPlatform.Grpc.Protocol;

/// <summary>
/// One Length-Prefixed-Message: Compressed-Flag (1 byte, 0 or 1), Message-Length (4 bytes,
/// big-endian), Message (PROTOCOL-HTTP2.md, "Length-Prefixed-Message").
/// </summary>
internal static class GrpcFrame
{
    public static byte[] Encode(ReadOnlySpan<byte> message, bool compressed = false)
    {
        var frame = new byte[GrpcProtocol.FrameHeaderSize + message.Length];
        frame[0] = compressed ? (byte)1 : (byte)0;
        BinaryPrimitives.WriteUInt32BigEndian(frame.AsSpan(1), (uint)message.Length);
        message.CopyTo(frame.AsSpan(GrpcProtocol.FrameHeaderSize));
        return frame;
    }

    /// <summary>Reads the 5-byte header even when DATA frames split it across segments.</summary>
    public static bool TryReadHeader(in ReadOnlySequence<byte> buffer, out byte flag, out uint length)
    {
        flag = 0;
        length = 0;
        if (buffer.Length < GrpcProtocol.FrameHeaderSize)
        {
            return false;
        }

        Span<byte> header = stackalloc byte[GrpcProtocol.FrameHeaderSize];
        buffer.Slice(0, GrpcProtocol.FrameHeaderSize).CopyTo(header);
        flag = header[0];
        length = BinaryPrimitives.ReadUInt32BigEndian(header[1..]);
        return true;
    }
}
