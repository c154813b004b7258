using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LandPlatform.DevTokenIssuer.Users;
using LandPlatform.IntegrationContracts.Enterprises;
using LandPlatform.Security.Tests.Infrastructure;
using LandPlatform.ServiceDefaults.Security;
using Microsoft.Extensions.Configuration;
using Microsoft.IdentityModel.JsonWebTokens;

namespace LandPlatform.Security.Tests;

[Collection(SecurityCollection.Name)]
public sealed class IssuerTests(IssuerFixture issuer)
{
    [Fact]
    public async Task Discovery_names_itself_as_issuer_and_points_at_its_keys_and_token_endpoint()
    {
        var document = await issuer.Http.GetFromJsonAsync<JsonElement>(new Uri(issuer.Url, "/.well-known/openid-configuration"));
        var self = issuer.Url.ToString().TrimEnd('/');
        Assert.Equal(self, document.GetProperty("issuer").GetString());
        Assert.Equal(self + "/connect/token", document.GetProperty("token_endpoint").GetString());

        var jwks = await issuer.Http.GetFromJsonAsync<JsonElement>(new Uri(document.GetProperty("jwks_uri").GetString()!));
        var key = Assert.Single(jwks.GetProperty("keys").EnumerateArray());
        Assert.Equal(issuer.Key.KeyId, key.GetProperty("kid").GetString());
        Assert.False(key.TryGetProperty("d", out _), "the JWKS must never carry the private exponent");
    }

    [Fact]
    public async Task A_person_token_carries_the_claims_contract_for_one_hour()
    {
        var token = new JsonWebToken(await issuer.PersonTokenAsync("enterprise.a"));
        Assert.Equal("enterprise.a", token.Subject);
        Assert.Equal(PlatformClaims.Audience, Assert.Single(token.Audiences));
        Assert.Equal(issuer.Url.ToString().TrimEnd('/'), token.Issuer);
        Assert.Equal(Bureaus.Enterprise, token.GetClaim(PlatformClaims.Bureau).Value);
        Assert.Equal(SeededUsers.EnterpriseAUscc, token.GetClaim(PlatformClaims.Uscc).Value);
        Assert.False(token.TryGetClaim(PlatformClaims.Role, out _));
        Assert.Equal(TimeSpan.FromHours(1), token.ValidTo - token.ValidFrom);
    }

    [Fact]
    public async Task A_service_token_is_a_service_identity_never_a_person()
    {
        var token = new JsonWebToken(await issuer.ServiceTokenAsync(ServiceIdentities.Admission));
        Assert.Equal("service:admission", token.Subject);
        Assert.Equal(Bureaus.Service, token.GetClaim(PlatformClaims.Bureau).Value);
        Assert.Equal(ServiceIdentities.Admission, token.GetClaim(PlatformClaims.Service).Value);
    }

    [Theory]
    [InlineData("planning.clerk", "wrong")]
    [InlineData("nobody", "dev")]
    public async Task Wrong_password_or_unknown_user_is_invalid_grant(string username, string password)
    {
        using var response = await issuer.RequestAsync(("grant_type", "password"), ("username", username), ("password", password));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("invalid_grant", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetString());
    }

    [Theory]
    [InlineData("admission", "not-the-secret-at-all")]
    [InlineData("pricing", "")] // no secret configured for pricing in this run
    [InlineData("planning.clerk", "dev")] // a person cannot pose as a client
    public async Task Wrong_or_unconfigured_client_is_invalid_client(string clientId, string secret)
    {
        using var response = await issuer.RequestAsync(("grant_type", "client_credentials"), ("client_id", clientId), ("client_secret", secret));
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("invalid_client", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetString());
    }

    [Fact]
    public async Task Unsupported_grant_is_refused()
    {
        // authorization_code is supported now (the portal's sign-in: tests/Web.Tests/IssuerSignInTests); refresh tokens are not.
        using var response = await issuer.RequestAsync(("grant_type", "refresh_token"), ("refresh_token", "x"));
        Assert.Equal("unsupported_grant_type", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetString());
    }

    [Fact]
    public async Task Users_lists_a_person_for_every_staff_bureau_and_role_an_auditor_and_two_enterprises()
    {
        var listing = await issuer.Http.GetFromJsonAsync<JsonElement>(new Uri(issuer.Url, "/users"));
        var users = listing.GetProperty("users").EnumerateArray()
            .Select(u => (Bureau: u.GetProperty("bureau").GetString(), Role: u.GetProperty("role").GetString(), Uscc: u.GetProperty("uscc").GetString()))
            .ToList();
        foreach (var bureau in Bureaus.Staff)
        {
            foreach (var role in StaffRoles.All)
            {
                Assert.Contains((bureau, role, (string?)null), users);
            }
        }

        Assert.Contains(users, u => u.Bureau == Bureaus.Auditor);
        var codes = users.Where(u => u.Bureau == Bureaus.Enterprise).Select(u => u.Uscc).ToList();
        Assert.Equal(2, codes.Distinct().Count());
        Assert.All(codes, c => Assert.True(UnifiedSocialCreditCode.TryParse(c, out _, out _)));
        Assert.Contains("password=dev", listing.GetProperty("example").GetString());
    }

    [Fact]
    public void Misconfigured_seeded_users_fail_at_start()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["DevUsers:Accounts:intruder:Bureau"] = Bureaus.Service })
            .Build();
        Assert.Throws<InvalidOperationException>(() => DevUserDirectory.From(configuration));
    }
}
