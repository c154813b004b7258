using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using LandPlatform.Gateway.Tests.Support;
using LandPlatform.Testing;
using LandPlatform.Testing.Identity;

namespace LandPlatform.Gateway.Tests;

/// <summary>The edge stops oversized bodies and slow services: 413 and 504, as problems.</summary>
[Collection(GatewayCollection.Name)]
public sealed class LimitsTests(IssuerFixture issuer) : GatewayWithBackends(issuer, ("Gateway:RequestTimeout", "00:00:01"))
{
    private const int OneMiB = 1024 * 1024;

    private static HttpContent Body(int bytes, bool chunked)
    {
        HttpContent content = chunked ? new StreamContent(new UnknownLengthStream(new byte[bytes])) : new ByteArrayContent(new byte[bytes]);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return content;
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task ABodyUpToTheLimitIsForwardedWhole(bool chunked)
    {
        using var client = Gateway.Client(Token);

        using var response = await client.PostAsync("/api/admission/applications", Body(OneMiB, chunked));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var echo = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(OneMiB, echo.GetProperty("bodyBytes").GetInt64());
        Assert.Single(Backends["admission"].Requests);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task ABodyOverTheLimitIs413AndNeverReachesTheService(bool chunked)
    {
        using var client = Gateway.Client(Token);

        using var response = await client.PostAsync("/api/admission/applications", Body(OneMiB + 1, chunked));

        await ProblemAssert.IsProblem(response, HttpStatusCode.RequestEntityTooLarge);
        Assert.Empty(Backends["admission"].Requests);
    }

    [Fact]
    public async Task AServiceSlowerThanTheRequestTimeoutIs504()
    {
        using var client = Gateway.Client(Token);

        using var response = await client.GetAsync("/api/monitoring/slow");

        await ProblemAssert.IsProblem(response, HttpStatusCode.GatewayTimeout);
    }

    /// <summary>A body whose length is not known in advance, so it is sent chunked.</summary>
    private sealed class UnknownLengthStream(byte[] data) : MemoryStream(data)
    {
        public override bool CanSeek => false;
    }
}
