using System.Buffers;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using Google.Protobuf;
using LandPlatform.Grpc.Protocol;

namespace LandPlatform.Grpc.Client;

/// <summary>
/// Turns an HTTP/2 response into the unary result: Trailers-Only (status in the headers) or
/// headers + one message + trailers. Anything else is synthesized into a status, as
/// PROTOCOL-HTTP2.md requires of clients facing broken deployments.
/// </summary>
internal static class UnaryResponseReader
{
    public static async Task<TResponse> ReadAsync<TResponse>(HttpResponseMessage response, int maxMessageSize, CancellationToken cancellationToken)
        where TResponse : IMessage<TResponse>, new()
    {
        var headerStatus = ReadStatus(response.Headers);
        if (headerStatus is null && response.StatusCode != HttpStatusCode.OK)
        {
            // http-grpc-status-mapping.md applies only when no grpc-status was sent.
            throw new GrpcException(HttpStatusMapping.ToGrpcStatus(response.StatusCode), $"Bad gRPC response. HTTP status code: {(int)response.StatusCode}.");
        }

        if (headerStatus is { } trailersOnly)
        {
            ThrowIfNotOk(trailersOnly);
            throw new GrpcException(GrpcStatusCode.Unimplemented, "Response cardinality violation: OK status without a response message.");
        }

        var contentType = response.Content.Headers.ContentType?.MediaType;
        if (!GrpcProtocol.LooksLikeGrpc(contentType))
        {
            throw new GrpcException(GrpcStatusCode.Internal, $"Bad gRPC response. Invalid content-type value: {contentType}.");
        }

        var body = await ReadBodyAsync(response.Content, maxMessageSize, cancellationToken);

        // TrailingHeaders are populated once the body has been read to its end.
        var status = ReadStatus(response.TrailingHeaders)
            ?? throw new GrpcException(GrpcStatusCode.Unknown, "No grpc-status found on response.");
        ThrowIfNotOk(status);

        var encoding = response.Headers.TryGetValues(GrpcProtocol.EncodingHeader, out var values) ? values.FirstOrDefault() : null;
        return Parse<TResponse>(SingleMessage(body, encoding, maxMessageSize));
    }

    private static void ThrowIfNotOk((GrpcStatusCode Code, string Detail) status)
    {
        if (status.Code != GrpcStatusCode.OK)
        {
            throw new GrpcException(status.Code, status.Detail);
        }
    }

    private static (GrpcStatusCode Code, string Detail)? ReadStatus(HttpHeaders headers)
    {
        if (!headers.TryGetValues(GrpcProtocol.StatusHeader, out var statusValues))
        {
            return null;
        }

        var message = headers.TryGetValues(GrpcProtocol.MessageHeader, out var messageValues)
            ? PercentEncoding.Decode(string.Join(",", messageValues))
            : string.Empty;
        if (!int.TryParse(statusValues.FirstOrDefault(), NumberStyles.None, CultureInfo.InvariantCulture, out var code))
        {
            // statuscodes.md: "Error parsing returned status → UNKNOWN (client)".
            return (GrpcStatusCode.Unknown, $"Unparsable grpc-status. {message}");
        }

        return ((GrpcStatusCode)code, message);
    }

    private static async Task<byte[]> ReadBodyAsync(HttpContent content, int maxMessageSize, CancellationToken cancellationToken)
    {
        // A unary response is one frame; allow a second header so cardinality can be judged.
        var limit = (long)maxMessageSize + (2 * GrpcProtocol.FrameHeaderSize);
        await using var stream = await content.ReadAsStreamAsync(cancellationToken);
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                throw new GrpcException(GrpcStatusCode.ResourceExhausted, "Received message exceeds the maximum configured message size.");
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static byte[] SingleMessage(byte[] body, string? encoding, int maxMessageSize)
    {
        var sequence = new ReadOnlySequence<byte>(body);
        if (!GrpcFrame.TryReadHeader(sequence, out var flag, out var length))
        {
            throw body.Length == 0
                ? new GrpcException(GrpcStatusCode.Unimplemented, "Response cardinality violation: OK status without a response message.")
                : new GrpcException(GrpcStatusCode.Internal, "Incomplete message.");
        }

        if (length > (uint)maxMessageSize)
        {
            throw new GrpcException(GrpcStatusCode.ResourceExhausted, "Received message exceeds the maximum configured message size.");
        }

        var end = GrpcProtocol.FrameHeaderSize + (long)length;
        if (body.Length < end)
        {
            throw new GrpcException(GrpcStatusCode.Internal, "Incomplete message.");
        }

        if (body.Length > end)
        {
            // statuscodes.md: "Response cardinality violation → UNIMPLEMENTED (client)".
            throw new GrpcException(GrpcStatusCode.Unimplemented, "Response cardinality violation: more than one response message.");
        }

        var payload = body.AsSpan(GrpcProtocol.FrameHeaderSize, (int)length).ToArray();
        return flag switch
        {
            0 => payload,
            1 when encoding is not null && GrpcCompression.IsSupported(encoding) => GrpcCompression.Gunzip(payload, maxMessageSize),
            1 => throw new GrpcException(GrpcStatusCode.Internal, $"Compressed response message with unsupported grpc-encoding '{encoding}'."),
            _ => throw new GrpcException(GrpcStatusCode.Internal, "Unexpected compressed flag value in message header."),
        };
    }

    private static TResponse Parse<TResponse>(byte[] payload)
        where TResponse : IMessage<TResponse>, new()
    {
        var message = new TResponse();
        try
        {
            message.MergeFrom(payload);
        }
        catch (InvalidProtocolBufferException ex)
        {
            // statuscodes.md: "Error parsing response proto → INTERNAL (client)".
            throw new GrpcException(GrpcStatusCode.Internal, "Failed to deserialize response message.", ex);
        }

        return message;
    }
}
