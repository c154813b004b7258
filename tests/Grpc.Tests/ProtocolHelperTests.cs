using LandPlatform.Grpc.Protocol;

namespace LandPlatform.Grpc.Tests;

/// <summary>Header encodings of PROTOCOL-HTTP2.md, checked without a server.</summary>
public sealed class ProtocolHelperTests
{
    [Theory]
    [InlineData("2H", 2 * 3600_000)]
    [InlineData("3M", 3 * 60_000)]
    [InlineData("5S", 5_000)]
    [InlineData("100m", 100)]
    [InlineData("99999999m", 99_999_999)]
    [InlineData("1500000u", 1_500)]
    [InlineData("2000000n", 2)]
    public void TimeoutOfOneToEightDigitsAndAUnitIsParsed(string header, long milliseconds)
    {
        Assert.True(GrpcTimeout.TryParse(header, out var timeout));
        Assert.Equal(TimeSpan.FromMilliseconds(milliseconds), timeout);
    }

    [Theory]
    [InlineData("")]
    [InlineData("S")]
    [InlineData("100")]
    [InlineData("123456789m")]
    [InlineData("10s")]
    [InlineData("1.5S")]
    [InlineData(" 10S")]
    [InlineData("+10S")]
    public void TimeoutOutsideTheGrammarIsRejected(string header) =>
        Assert.False(GrpcTimeout.TryParse(header, out _));

    [Fact]
    public void FormattedTimeoutFitsEightDigitsAndNeverShortensTheDeadline()
    {
        Assert.Equal("100m", GrpcTimeout.Format(TimeSpan.FromMilliseconds(100)));
        Assert.Equal("2m", GrpcTimeout.Format(TimeSpan.FromTicks(TimeSpan.TicksPerMillisecond + 1)));
        Assert.Equal("100000S", GrpcTimeout.Format(TimeSpan.FromSeconds(100_000)));
        Assert.Equal("99999999H", GrpcTimeout.Format(TimeSpan.MaxValue));
        foreach (var header in new[] { GrpcTimeout.Format(TimeSpan.FromDays(3)), GrpcTimeout.Format(TimeSpan.FromDays(3000)) })
        {
            Assert.Matches("^[0-9]{1,8}[HMSmun]$", header);
        }
    }

    [Fact]
    public void PrintableAsciiPassesThroughExceptPercent() =>
        Assert.Equal("Not found: 50%25 of ~ids", PercentEncoding.Encode("Not found: 50% of ~ids"));

    [Fact]
    public void ChineseTextIsPercentEncodedAsUtf8AndDecodedBack()
    {
        const string text = "未找到企业：闲置土地";

        var encoded = PercentEncoding.Encode(text);

        Assert.StartsWith("%E6%9C%AA%E6%89%BE", encoded, StringComparison.Ordinal);
        Assert.All(encoded, c => Assert.InRange(c, ' ', '~'));
        Assert.Equal(text, PercentEncoding.Decode(encoded));
    }

    [Theory]
    [InlineData("100%", "100%")]
    [InlineData("%zz ok", "%zz ok")]
    [InlineData("%E6%9C", "\uFFFD")]
    public void BrokenPercentEncodingIsKeptNotRejected(string raw, string expected) =>
        Assert.Equal(expected, PercentEncoding.Decode(raw));

    [Theory]
    [InlineData("application/grpc", true)]
    [InlineData("application/grpc+proto", true)]
    [InlineData("Application/GRPC; charset=binary", true)]
    [InlineData("application/grpc+json", false)]
    [InlineData("application/grpc-web", false)]
    [InlineData("application/json", false)]
    [InlineData(null, false)]
    public void OnlyProtobufGrpcContentTypesAreServed(string? contentType, bool served) =>
        Assert.Equal(served, GrpcProtocol.IsGrpcContentType(contentType));
}
