using Google.Protobuf;
using System.Net;
using System.Text;
using LandPlatform.Grpc.Protocol;
using LandPlatform.Grpc.Tests.Support;
using LandPlatform.Grpc.Tests.TestServer;
using LandPlatform.IntegrationContracts.Credit;

namespace LandPlatform.Grpc.Tests;

/// <summary>The server side of grpc/grpc doc/PROTOCOL-HTTP2.md, byte by byte, against real Kestrel.</summary>
[Collection(GrpcServerCollection.Name)]
public sealed class ServerProtocolTests(GrpcTestServer server) : IDisposable
{
    private const string Echo = "/" + ProbeService.Name + "/Echo";
    private const string CreditCheck = "/landplatform.credit.v1.CreditCheck/Check";
    private readonly HttpClient _client = server.CreateHttpClient();

    public void Dispose() => _client.Dispose();

    private Task<RawResponse> SendAsync(HttpRequestMessage request) => RawGrpc.SendAsync(_client, request);

    [Fact]
    public async Task SuccessfulCallAnswersHeadersThenOneMessageThenOkTrailers()
    {
        var response = await SendAsync(RawGrpc.Request(CreditCheck, RawGrpc.Frame(new CheckRequest { Uscc = CreditHandlers.ListedUscc })));

        Assert.Equal(HttpStatusCode.OK, response.HttpStatus);
        Assert.Equal("application/grpc", response.Headers["content-type"]);
        Assert.False(response.Headers.ContainsKey("grpc-status"), "status must travel in the trailers of a successful call");
        Assert.Equal("0", response.Trailers["grpc-status"]);
        var message = response.Single(CheckResponse.Parser);
        Assert.True(message.Blacklisted);
        Assert.Equal(CreditHandlers.ListingReason, message.Listings.Single().Reason);
    }

    [Fact]
    public async Task GrpcPlusProtoContentTypeIsAccepted()
    {
        var response = await SendAsync(RawGrpc.Request(Echo, RawGrpc.Frame(new CheckRequest { Uscc = "x" }), "application/grpc+proto"));

        Assert.Equal(GrpcStatusCode.OK, response.Status);
        Assert.Equal("x", response.Single(CheckResponse.Parser).Uscc);
    }

    [Theory]
    [InlineData(new[] { 1, 1, 1, 1, 1, 1 })]        // the prefix byte by byte, then the message
    [InlineData(new[] { 3, 4, 2 })]                 // prefix split 3+2, message split across frames
    [InlineData(new[] { 7 })]                       // prefix and part of the message, then the rest
    public async Task MessageSplitAcrossDataFramesIsReassembled(int[] pieces)
    {
        var frame = RawGrpc.Frame(new CheckRequest { Uscc = "分片-split" });

        var response = await SendAsync(RawGrpc.Request(Echo, new ChunkedContent(frame, pieces)));

        Assert.Equal(GrpcStatusCode.OK, response.Status);
        Assert.Equal("分片-split", response.Single(CheckResponse.Parser).Uscc);
    }

    [Fact]
    public async Task ZeroLengthMessageIsAValidRequestAndResponse()
    {
        var response = await SendAsync(RawGrpc.Request(Echo, RawGrpc.Frame([])));

        Assert.Equal(GrpcStatusCode.OK, response.Status);
        Assert.Equal(new byte[] { 0, 0, 0, 0, 0 }, response.Body);
    }

    [Fact]
    public async Task EmptyBodyAnswersUnimplementedAsRequestCardinalityViolation()
    {
        var response = await SendAsync(RawGrpc.Request(Echo, []));

        Assert.Equal(GrpcStatusCode.Unimplemented, response.Status);
        Assert.True(response.IsTrailersOnly);
    }

    [Fact]
    public async Task TwoMessagesAnswerUnimplementedAsRequestCardinalityViolation()
    {
        var one = RawGrpc.Frame(new CheckRequest { Uscc = "a" });

        var response = await SendAsync(RawGrpc.Request(Echo, [.. one, .. one]));

        Assert.Equal(GrpcStatusCode.Unimplemented, response.Status);
        Assert.Contains("exactly one request message", response.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BodyEndingInsideAFrameAnswersInternal()
    {
        var frame = RawGrpc.Frame(new CheckRequest { Uscc = "truncated" });

        var response = await SendAsync(RawGrpc.Request(Echo, frame[..^3]));

        Assert.Equal(GrpcStatusCode.Internal, response.Status);
        Assert.Equal("Incomplete message.", response.Message);
    }

    [Theory]
    [InlineData("application/json")]
    [InlineData("text/plain")]
    [InlineData("application/grpc+json")]
    [InlineData("application/grpc-web")]
    public async Task NonGrpcContentTypeAnswers415(string contentType)
    {
        var response = await SendAsync(RawGrpc.Request(Echo, RawGrpc.Frame(new CheckRequest()), contentType));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.HttpStatus);
    }

    [Fact]
    public async Task MessageOverTheReceiveLimitAnswersResourceExhaustedWithoutReadingIt()
    {
        // Only the prefix is sent: the declared length alone must be refused.
        byte[] prefix = [0, 0, 0x40, 0, 1]; // 4 MiB + 1

        var response = await SendAsync(RawGrpc.Request(Echo, prefix));

        Assert.Equal(GrpcStatusCode.ResourceExhausted, response.Status);
        Assert.True(response.IsTrailersOnly);
    }

    [Fact]
    public async Task CompressedFlagWithoutGrpcEncodingAnswersInternal()
    {
        var frame = RawGrpc.Frame(GrpcCompression.Gzip(new CheckRequest { Uscc = "z" }.ToByteArray()), compressed: true);

        var response = await SendAsync(RawGrpc.Request(Echo, frame));

        Assert.Equal(GrpcStatusCode.Internal, response.Status);
    }

    [Fact]
    public async Task CompressedFlagWithIdentityEncodingAnswersInternal()
    {
        var request = RawGrpc.Request(Echo, RawGrpc.Frame(new CheckRequest { Uscc = "z" }, compressed: true));
        request.Headers.Add("grpc-encoding", "identity");

        var response = await SendAsync(request);

        Assert.Equal(GrpcStatusCode.Internal, response.Status);
    }

    [Fact]
    public async Task UnsupportedGrpcEncodingAnswersUnimplementedAndAdvertisesSupportedEncodings()
    {
        var request = RawGrpc.Request(Echo, RawGrpc.Frame(new CheckRequest { Uscc = "z" }, compressed: true));
        request.Headers.Add("grpc-encoding", "snappy");

        var response = await SendAsync(request);

        Assert.Equal(GrpcStatusCode.Unimplemented, response.Status);
        Assert.Equal("identity,gzip", response.Headers["grpc-accept-encoding"]);
    }

    [Fact]
    public async Task GzipCompressedMessageIsDecompressed()
    {
        var frame = RawGrpc.Frame(GrpcCompression.Gzip(new CheckRequest { Uscc = "压缩" }.ToByteArray()), compressed: true);
        var request = RawGrpc.Request(Echo, frame);
        request.Headers.Add("grpc-encoding", "gzip");

        var response = await SendAsync(request);

        Assert.Equal(GrpcStatusCode.OK, response.Status);
        Assert.Equal("压缩", response.Single(CheckResponse.Parser).Uscc);
    }

    [Fact]
    public async Task UnparsableProtobufAnswersInternal()
    {
        // Field 1, length-delimited, claims 5 bytes but carries 1.
        var response = await SendAsync(RawGrpc.Request(Echo, RawGrpc.Frame([0x0A, 0x05, (byte)'a'])));

        Assert.Equal(GrpcStatusCode.Internal, response.Status);
        Assert.Equal("Failed to deserialize request message.", response.Message);
    }

    [Fact]
    public async Task UnknownMethodOfKnownServiceAnswersUnimplemented()
    {
        var response = await SendAsync(RawGrpc.Request("/" + ProbeService.Name + "/NoSuchMethod", RawGrpc.Frame(new CheckRequest())));

        Assert.Equal(HttpStatusCode.OK, response.HttpStatus);
        Assert.Equal(GrpcStatusCode.Unimplemented, response.Status);
        Assert.Equal("Method is unimplemented.", response.Message);
        Assert.True(response.IsTrailersOnly);
    }

    [Fact]
    public async Task UnknownServiceAnswersUnimplemented()
    {
        var response = await SendAsync(RawGrpc.Request("/nobody.v1.Nothing/Do", RawGrpc.Frame(new CheckRequest())));

        Assert.Equal(GrpcStatusCode.Unimplemented, response.Status);
        Assert.Equal("Service is unimplemented.", response.Message);
    }

    [Fact]
    public async Task OrdinaryRestRequestsToUnknownPathsStay404()
    {
        using var rest = new HttpClient { BaseAddress = server.RestAddress };

        using var get = await rest.GetAsync(new Uri("/api/nothing-here", UriKind.Relative));
        using var post = await rest.PostAsync(new Uri("/nobody.v1.Nothing/Do", UriKind.Relative), new StringContent("{}", Encoding.UTF8, "application/json"));
        using var ping = await rest.GetAsync(new Uri("/api/ping", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        Assert.False(post.Headers.Contains("grpc-status"));
        Assert.Equal("pong", await ping.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task GetOnAGrpcMethodIsNotServed()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, Echo) { Version = HttpVersion.Version20, VersionPolicy = HttpVersionPolicy.RequestVersionExact };

        using var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    [Fact]
    public async Task HandlerStatusIsSentTrailersOnlyWithPercentEncodedChineseMessage()
    {
        var response = await SendAsync(RawGrpc.Request(CreditCheck, RawGrpc.Frame(new CheckRequest { Uscc = "91000000000000000X" })));

        Assert.Equal(GrpcStatusCode.NotFound, response.Status);
        Assert.True(response.IsTrailersOnly);
        var raw = response.Headers["grpc-message"];
        Assert.All(raw, c => Assert.InRange(c, ' ', '~'));
        Assert.StartsWith("%E6%9C%AA", raw, StringComparison.Ordinal); // 未
        Assert.Equal(CreditHandlers.NotFoundDetail("91000000000000000X"), response.Message);
    }

    [Fact]
    public async Task PercentSignAndControlCharactersInMessageRoundTrip()
    {
        const string detail = "100% 失败\r\nline two";

        var response = await SendAsync(RawGrpc.Request("/" + ProbeService.Name + "/Fail", RawGrpc.Frame(new CheckRequest { Uscc = detail })));

        Assert.Equal(GrpcStatusCode.FailedPrecondition, response.Status);
        Assert.Contains("100%25 ", response.Headers["grpc-message"], StringComparison.Ordinal);
        Assert.Equal(detail, response.Message);
    }

    [Fact]
    public async Task UnhandledExceptionAnswersUnknownWithoutItsText()
    {
        var response = await SendAsync(RawGrpc.Request("/" + ProbeService.Name + "/Throw", RawGrpc.Frame(new CheckRequest())));

        Assert.Equal(GrpcStatusCode.Unknown, response.Status);
        Assert.Equal("Exception was thrown by handler.", response.Message);
        Assert.DoesNotContain("hunter2", string.Join(";", response.Headers.Values), StringComparison.Ordinal);
        var logged = server.Logs.Entries.Where(e => e.Category == "LandPlatform.Grpc.Server" && e.Level == Microsoft.Extensions.Logging.LogLevel.Error);
        Assert.Contains(logged, e => e.Exception?.Message == ProbeService.SecretText && e.Message.Contains("/Throw", StringComparison.Ordinal));
    }

    [Fact]
    public async Task HandlerSeesRequestHeadersAndNoDeadlineWhenNoneWasSent()
    {
        var request = RawGrpc.Request("/" + ProbeService.Name + "/Describe", RawGrpc.Frame(new CheckRequest()));
        request.Headers.Add("x-audit-id", "audit-42");

        var response = await SendAsync(request);

        Assert.Equal("no-deadline|te=trailers|timeout=|audit=audit-42", response.Single(CheckResponse.Parser).Uscc);
    }

    [Theory]
    [InlineData("123456789S")] // nine digits
    [InlineData("10")]         // no unit
    [InlineData("10s")]        // lower-case s is not a unit
    [InlineData("-5m")]
    [InlineData("m")]
    public async Task MalformedTimeoutIsIgnoredAsIfNoDeadlineWasSent(string timeout)
    {
        var request = RawGrpc.Request("/" + ProbeService.Name + "/Describe", RawGrpc.Frame(new CheckRequest()));
        request.Headers.TryAddWithoutValidation("grpc-timeout", timeout);

        var response = await SendAsync(request);

        Assert.Equal(GrpcStatusCode.OK, response.Status);
        Assert.StartsWith("no-deadline|", response.Single(CheckResponse.Parser).Uscc, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LargestTimeoutTheGrammarAllowsIsServedAsEffectivelyInfinite()
    {
        var request = RawGrpc.Request("/" + ProbeService.Name + "/Describe", RawGrpc.Frame(new CheckRequest()));
        request.Headers.TryAddWithoutValidation("grpc-timeout", "99999999H"); // ~11,400 years: past DateTime.MaxValue

        var response = await SendAsync(request);

        Assert.Equal(GrpcStatusCode.OK, response.Status);
        Assert.StartsWith("no-deadline|", response.Single(CheckResponse.Parser).Uscc, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ValidTimeoutGivesTheHandlerADeadline()
    {
        var request = RawGrpc.Request("/" + ProbeService.Name + "/Describe", RawGrpc.Frame(new CheckRequest()));
        request.Headers.TryAddWithoutValidation("grpc-timeout", "5S");

        var response = await SendAsync(request);

        Assert.StartsWith("deadline|", response.Single(CheckResponse.Parser).Uscc, StringComparison.Ordinal);
    }
}
