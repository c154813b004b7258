using System.Net;
using System.Security.Cryptography;
using LandPlatform.Security.Tests.Infrastructure;
using LandPlatform.ServiceDefaults.Security;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace LandPlatform.Security.Tests;

/// <summary>Bad credentials → 401 problem, and no state change.</summary>
[Collection(SecurityCollection.Name)]
public sealed class AuthenticationTests(IssuerFixture issuer) : IAsyncLifetime
{
    private ProtectedApi _api = null!;
    private readonly HttpClient _http = new();

    public async Task InitializeAsync() => _api = await ProtectedApi.StartAsync(issuer.Url);

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _api.DisposeAsync();
    }

    private Uri Listings => new(_api.Url, "/listings");

    [Fact]
    public async Task No_token_is_401_problem_with_a_bearer_challenge()
    {
        using var response = await _http.SendAsync(ProblemAssert.Request(HttpMethod.Post, Listings, null));
        var problem = await ProblemAssert.IsProblem(response, HttpStatusCode.Unauthorized);
        Assert.Equal("Authentication required", problem.GetProperty("title").GetString());
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
        Assert.Equal(0, _api.Writes);
    }

    [Fact]
    public async Task An_endpoint_naming_no_permission_is_still_closed_to_the_anonymous()
    {
        using var closed = await _http.GetAsync(new Uri(_api.Url, "/unprotected"));
        await ProblemAssert.IsProblem(closed, HttpStatusCode.Unauthorized);

        using var open = await _http.GetAsync(new Uri(_api.Url, "/public/blacklist"));
        Assert.Equal(HttpStatusCode.OK, open.StatusCode);
        using var health = await _http.GetAsync(new Uri(_api.Url, "/health"));
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }

    [Fact]
    public async Task A_token_signed_with_another_key_is_401()
    {
        using var rsa = RSA.Create(2048);
        var forged = Mint(new SigningCredentials(new RsaSecurityKey(rsa) { KeyId = issuer.Key.KeyId }, SecurityAlgorithms.RsaSha256));
        await AssertRejected(forged);
    }

    [Fact]
    public async Task An_unsigned_token_is_401()
    {
        var unsigned = new JsonWebTokenHandler().CreateToken(Descriptor(signing: null));
        await AssertRejected(unsigned);
    }

    [Fact]
    public async Task A_token_for_another_audience_is_401()
    {
        await AssertRejected(Mint(issuer.Key.Credentials, audience: "another-system"));
    }

    [Fact]
    public async Task A_token_from_another_issuer_is_401()
    {
        await AssertRejected(Mint(issuer.Key.Credentials, issuerUrl: "http://127.0.0.1:1/"));
    }

    [Fact]
    public async Task An_expired_token_from_the_real_issuer_is_401()
    {
        issuer.Clock.Offset = TimeSpan.FromHours(-2);
        string expired;
        try
        {
            expired = await issuer.PersonTokenAsync("credit.clerk");
        }
        finally
        {
            issuer.Clock.Offset = TimeSpan.Zero;
        }

        var problem = await AssertRejected(expired);
        Assert.Contains("expired", problem.GetProperty("detail").GetString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_valid_token_from_the_issuer_is_accepted()
    {
        using var response = await _http.SendAsync(ProblemAssert.Request(HttpMethod.Post, Listings, await issuer.PersonTokenAsync("credit.clerk")));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, _api.Writes);
    }

    [Fact]
    public async Task A_grpc_call_without_token_gets_grpc_unauthenticated()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(_api.Url, "/landplatform.credit.v1.CreditCheck/Check"))
        {
            Content = new ByteArrayContent([0, 0, 0, 0, 0]),
        };
        request.Content.Headers.ContentType = new("application/grpc");
        using var response = await _http.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("16", response.Headers.GetValues("grpc-status").Single());
    }

    private async Task<System.Text.Json.JsonElement> AssertRejected(string token)
    {
        using var response = await _http.SendAsync(ProblemAssert.Request(HttpMethod.Post, Listings, token));
        var problem = await ProblemAssert.IsProblem(response, HttpStatusCode.Unauthorized);
        Assert.Equal("invalid_token", problem.GetProperty("error").GetString());
        Assert.Equal(0, _api.Writes);
        return problem;
    }

    private string Mint(SigningCredentials signing, string audience = PlatformClaims.Audience, string? issuerUrl = null) =>
        new JsonWebTokenHandler().CreateToken(Descriptor(signing, audience, issuerUrl));

    private SecurityTokenDescriptor Descriptor(SigningCredentials? signing, string audience = PlatformClaims.Audience, string? issuerUrl = null) => new()
    {
        Issuer = issuerUrl ?? issuer.Url.ToString().TrimEnd('/'),
        Audience = audience,
        Expires = DateTime.UtcNow.AddMinutes(10),
        SigningCredentials = signing,
        Claims = new Dictionary<string, object>
        {
            [PlatformClaims.Subject] = "credit.leader",
            [PlatformClaims.Bureau] = Bureaus.Credit,
            [PlatformClaims.Role] = StaffRoles.Leader,
        },
    };
}
