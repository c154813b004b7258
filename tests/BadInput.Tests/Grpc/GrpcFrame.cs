namespace LandPlatform.BadInput.Tests.Grpc;

/// <summary>
/// One malformed gRPC request body (length-prefixed messages: a flag byte, a 4-byte big-endian length, the
/// message), sent as it is over HTTP/2. <paramref name="MustFail"/>: the framing itself is broken, so the only
/// right answer is an error status; garbage protobuf may happen to parse and get any status but UNKNOWN.
/// </summary>
public sealed record GrpcFrame(string Kind, byte[] Body, bool MustFail, string ContentType = GrpcFrame.Grpc, string? Encoding = null)
{
    public const string Grpc = "application/grpc";

    public const int DefaultMaxReceiveBytes = 4 * 1024 * 1024;

    public static IEnumerable<GrpcFrame> Malformed(int seed)
    {
        var random = new Random(seed);
        yield return new("no message", [], MustFail: true);
        yield return new("truncated prefix", [0, 0, 0], MustFail: true);
        yield return new("length prefix longer than the message", [0, 0, 0, 0, 100, 0x0a, 0x01, 0x41], MustFail: true);
        yield return new("bytes after the message", [0, 0, 0, 0, 1, 0x0a, 0x03, 0x61, 0x62, 0x63], MustFail: true);
        yield return new("two messages in a unary call", [0, 0, 0, 0, 0, 0, 0, 0, 0, 0], MustFail: true);
        yield return new("compressed flag without grpc-encoding", [1, 0, 0, 0, 2, 0x0a, 0x00], MustFail: true);
        yield return new("compressed flag, gzip that is not gzip", [1, 0, 0, 0, 4, 0xde, 0xad, 0xbe, 0xef], MustFail: true, Encoding: "gzip");
        yield return new("unknown grpc-encoding", [1, 0, 0, 0, 2, 0x0a, 0x00], MustFail: true, Encoding: "drill-zip");
        yield return new("flag that is neither 0 nor 1", [2, 0, 0, 0, 0], MustFail: true);
        yield return new("truncated varint", [0, 0, 0, 0, 2, 0x0a, 0xff], MustFail: true);
        yield return new("length-delimited field longer than the message", [0, 0, 0, 0, 3, 0x0a, 0x7f, 0x41], MustFail: true);
        yield return new("field number 0", [0, 0, 0, 0, 2, 0x00, 0x01], MustFail: true);
        yield return new("invalid UTF-8 in a string field", [0, 0, 0, 0, 4, 0x0a, 0x02, 0xc3, 0x28], MustFail: false);
        yield return new("length prefix of 2 GB", [0, 0x7f, 0xff, 0xff, 0xff, 0x0a, 0x00], MustFail: true);
        yield return new("message over the receive limit", Frame(new byte[DefaultMaxReceiveBytes + 1024]), MustFail: true);
        yield return new("JSON instead of protobuf", "{\"uscc\":\"x\"}"u8.ToArray(), MustFail: true, ContentType: "application/json");
        for (var i = 0; i < 24; i++)
        {
            var garbage = new byte[random.Next(1, 512)];
            random.NextBytes(garbage);
            yield return new("garbage protobuf", Frame(garbage), MustFail: false);
        }
    }

    /// <summary>A well-formed, uncompressed frame around <paramref name="message"/>.</summary>
    public static byte[] Frame(byte[] message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var frame = new byte[5 + message.Length];
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(frame.AsSpan(1), message.Length);
        message.CopyTo(frame, 5);
        return frame;
    }

    public override string ToString() => $"{Kind} ({Body.Length} bytes)";
}
