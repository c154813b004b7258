using System.Net;
using LandPlatform.Security.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;

namespace LandPlatform.Security.Tests;

/// <summary>The gateway's edge: who gets in anonymously, write limits, headers, CORS.</summary>
[Collection(SecurityCollection.Name)]
public sealed class GatewayProtectionTests(IssuerFixture issuer) : IAsyncLifetime
{
    private const string WebOrigin = "https://land.example.gov.cn";
    private WebApplication _gateway = null!;
    private Uri _url = null!;
    private readonly HttpClient _http = new();

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateBuilder(Hosts.Args(
            $"--Identity:Authority={issuer.Url}",
            $"--Gateway:WebOrigin={WebOrigin}",
            "--Gateway:RateLimit:WritesPerUser=3",
            "--Gateway:RateLimit:WritesPerAddress=5"));
        builder.AddServiceDefaults();
        builder.AddGatewayProtection();
        _gateway = builder.Build();
        _gateway.MapDefaultEndpoints();
        _gateway.UseGatewayProtection();
        // Stand-ins for the proxied routes: the protection runs before MapReverseProxy the same way.
        _gateway.MapGet("/api/credit/public/blacklist", () => TypedResults.Ok("public"));
        _gateway.MapGet("/api/admission/applications", () => TypedResults.Ok("list"));
        _gateway.MapPost("/api/credit/listings", () => TypedResults.Ok("written"));
        _url = await Hosts.StartAsync(_gateway);
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _gateway.DisposeAsync();
    }

    private Uri At(string path) => new(_url, path);

    [Theory]
    [InlineData("/api/credit/public/blacklist")]
    [InlineData("/API/Credit/Public/blacklist")]
    [InlineData("/health")]
    public async Task Public_disclosure_and_health_need_no_token(string path)
    {
        using var response = await _http.GetAsync(At(path));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("/api/admission/applications")]
    [InlineData("/api/credit/publicity")] // a prefix of the public path that is not a segment of it
    [InlineData("/api/credit/public/../listings")]
    public async Task Everything_else_needs_a_token(string path)
    {
        using var response = await _http.GetAsync(At(path));
        await ProblemAssert.IsProblem(response, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_logged_in_user_is_forwarded()
    {
        using var response = await _http.SendAsync(ProblemAssert.Request(HttpMethod.Get, At("/api/admission/applications"),
            await issuer.PersonTokenAsync("development.clerk")));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Security_headers_are_on_every_response()
    {
        using var response = await _http.GetAsync(At("/api/credit/public/blacklist"));
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.StartsWith("default-src 'none'", response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.False(response.Headers.Contains("Strict-Transport-Security"), "HSTS is sent over HTTPS only");

        using var refused = await _http.GetAsync(At("/api/admission/applications"));
        Assert.Equal("nosniff", refused.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Fact]
    public async Task Writes_are_limited_per_user_then_per_address_with_429_and_retry_after()
    {
        var clerk = await issuer.PersonTokenAsync("credit.clerk");
        var leader = await issuer.PersonTokenAsync("credit.leader");
        for (var i = 0; i < 3; i++)
        {
            using var ok = await _http.SendAsync(ProblemAssert.Request(HttpMethod.Post, At("/api/credit/listings"), clerk));
            Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        }

        using var limited = await _http.SendAsync(ProblemAssert.Request(HttpMethod.Post, At("/api/credit/listings"), clerk));
        await ProblemAssert.IsProblem(limited, HttpStatusCode.TooManyRequests);
        Assert.True(limited.Headers.RetryAfter?.Delta > TimeSpan.Zero);

        // Reads are not limited.
        using var read = await _http.SendAsync(ProblemAssert.Request(HttpMethod.Get, At("/api/admission/applications"), clerk));
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);

        // Another user from the same address has its own allowance, until the address's is used up (5).
        for (var i = 0; i < 2; i++)
        {
            using var ok = await _http.SendAsync(ProblemAssert.Request(HttpMethod.Post, At("/api/credit/listings"), leader));
            Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        }

        using var byAddress = await _http.SendAsync(ProblemAssert.Request(HttpMethod.Post, At("/api/credit/listings"), leader));
        Assert.Equal(HttpStatusCode.TooManyRequests, byAddress.StatusCode);
    }

    [Theory]
    [InlineData(WebOrigin, true)]
    [InlineData("https://evil.example.com", false)]
    public async Task Cors_preflight_is_allowed_only_for_the_platform_web_origin(string origin, bool allowed)
    {
        using var preflight = new HttpRequestMessage(HttpMethod.Options, At("/api/credit/listings"));
        preflight.Headers.Add("Origin", origin);
        preflight.Headers.Add("Access-Control-Request-Method", "POST");
        preflight.Headers.Add("Access-Control-Request-Headers", "authorization,content-type");
        using var response = await _http.SendAsync(preflight);

        Assert.True(response.IsSuccessStatusCode, $"a preflight is answered without a token: {(int)response.StatusCode}");
        if (allowed)
        {
            Assert.Equal(origin, response.Headers.GetValues("Access-Control-Allow-Origin").Single());
        }
        else
        {
            Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
        }
    }
}
