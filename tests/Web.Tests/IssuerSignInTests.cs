using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using LandPlatform.DevTokenIssuer;
using LandPlatform.Testing.Identity;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace LandPlatform.Web.Tests;

/// <summary>
/// The development issuer's authorization code flow with PKCE, which the portal signs in by: run in-process on a
/// real port, driven over HTTP the way a browser and the portal's back channel drive it.
/// </summary>
public sealed class IssuerSignInTests : IAsyncLifetime
{
    private const string Callback = "http://localhost:5999/signin-oidc";
    private WebApplication _issuer = null!;
    private Uri _url = null!;
    private readonly HttpClient _browser = new(new HttpClientHandler { AllowAutoRedirect = false });

    public async Task InitializeAsync()
    {
        _issuer = IssuerApplication.Build(Hosts.Args(
            $"--RelyingParties:web:RedirectUris:0={Callback}", "--RelyingParties:web:PostLogoutRedirectUris:0=http://localhost:5999/signout-callback-oidc"));
        _url = await Hosts.StartAsync(_issuer);
    }

    public async Task DisposeAsync()
    {
        _browser.Dispose();
        await _issuer.DisposeAsync();
    }

    [Fact]
    public async Task ASeededUserSignsInOnThePageAndTheCodeIsRedeemedOnceWithItsVerifierForAnIdTokenWithTheNonceAndAnAccessToken()
    {
        var verifier = Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(32));
        var page = await _browser.GetAsync(Authorize(Challenge(verifier)));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("name=\"code_challenge\"", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var code = await SignInAsync(verifier, "enterprise.a", "dev");
        using var tokens = await RedeemAsync(code, verifier);
        Assert.Equal(HttpStatusCode.OK, tokens.StatusCode);
        var body = await tokens.Content.ReadFromJsonAsync<JsonElement>();
        var id = new JsonWebToken(body.GetProperty("id_token").GetString());
        Assert.Equal(("web", "n-123", "enterprise.a"), (id.Audiences.Single(), id.GetClaim("nonce").Value, id.Subject));
        var access = new JsonWebToken(body.GetProperty("access_token").GetString());
        Assert.Equal(("landplatform", "91350100M000100Y43"), (access.Audiences.Single(), access.GetClaim("uscc").Value));

        // A code is good once.
        using var again = await RedeemAsync(code, verifier);
        Assert.Equal("invalid_grant", (await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetString());
    }

    [Fact]
    public async Task ACodeIsRefusedWithAnotherVerifierAndAWrongPasswordStaysOnThePageWithTheReason()
    {
        var verifier = Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(32));
        var code = await SignInAsync(verifier, "district.leader", "dev");
        using var stolen = await RedeemAsync(code, Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(32)));
        Assert.Equal(HttpStatusCode.BadRequest, stolen.StatusCode);
        Assert.Contains("PKCE", (await stolen.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error_description").GetString(), StringComparison.Ordinal);

        using var wrong = await PostLoginAsync(verifier, "district.leader", "nope");
        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        Assert.Contains("用户名或密码不正确", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUnregisteredRedirectOrAMissingChallengeSendsNothingAnywhereOrAnError()
    {
        var unregistered = await _browser.GetAsync(Authorize(Challenge("x"), redirect: "http://evil.example/cb"));
        Assert.Equal(HttpStatusCode.BadRequest, unregistered.StatusCode);
        Assert.Null(unregistered.Headers.Location);

        var withoutPkce = await _browser.GetAsync($"{_url}connect/authorize?client_id=web&response_type=code&scope=openid&redirect_uri={Uri.EscapeDataString(Callback)}&state=s1");
        Assert.Equal(HttpStatusCode.Redirect, withoutPkce.StatusCode);
        var query = QueryHelpers.ParseQuery(withoutPkce.Headers.Location!.Query);
        Assert.Equal(("invalid_request", "s1"), (query["error"].ToString(), query["state"].ToString()));
    }

    private static string Challenge(string verifier) => Base64UrlEncoder.Encode(SHA256.HashData(Encoding.ASCII.GetBytes(verifier)));

    private string Authorize(string challenge, string redirect = Callback) =>
        $"{_url}connect/authorize?client_id=web&response_type=code&scope=openid%20profile&redirect_uri={Uri.EscapeDataString(redirect)}" +
        $"&state=s1&nonce=n-123&code_challenge={challenge}&code_challenge_method=S256&response_mode=query";

    private Task<HttpResponseMessage> PostLoginAsync(string verifier, string username, string password) =>
        _browser.PostAsync(new Uri(_url, "/connect/authorize"), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["client_id"] = "web", ["response_type"] = "code", ["scope"] = "openid profile", ["redirect_uri"] = Callback, ["state"] = "s1",
            ["nonce"] = "n-123", ["code_challenge"] = Challenge(verifier), ["code_challenge_method"] = "S256", ["username"] = username, ["password"] = password,
        }));

    private async Task<string> SignInAsync(string verifier, string username, string password)
    {
        using var response = await PostLoginAsync(verifier, username, password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!;
        Assert.StartsWith(Callback, location.ToString(), StringComparison.Ordinal);
        var query = QueryHelpers.ParseQuery(location.Query);
        Assert.Equal("s1", query["state"].ToString());
        return query["code"].ToString();
    }

    private Task<HttpResponseMessage> RedeemAsync(string code, string verifier) =>
        _browser.PostAsync(new Uri(_url, "/connect/token"), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "authorization_code", ["code"] = code, ["redirect_uri"] = Callback, ["client_id"] = "web", ["code_verifier"] = verifier,
        }));
}
