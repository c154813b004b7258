using System.Security.Claims;
using System.Security.Cryptography;
using LandPlatform.Gateway.Protection;
using LandPlatform.Testing.Identity;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace LandPlatform.Gateway.Tests;

/// <summary>
/// The gateway validates a token fully once and remembers the success briefly; the memory never widens what is
/// accepted beyond that token, that short while and the token's own lifetime.
/// </summary>
public sealed class RecentlyValidatedTokensTests : IDisposable
{
    private readonly RSA _rsa = RSA.Create(2048);
    private readonly RSA _otherRsa = RSA.Create(2048);
    private readonly ShiftableClock _clock = new();

    [Fact]
    public async Task AValidTokenIsAcceptedWithItsClaims()
    {
        var tokens = new RecentlyValidatedTokens(_clock) { MapInboundClaims = false };

        var result = await tokens.ValidateTokenAsync(Token(TimeSpan.FromMinutes(10)), Parameters(_rsa));

        Assert.True(result.IsValid);
        Assert.Equal("planning.clerk", result.ClaimsIdentity.FindFirst("sub")?.Value);
    }

    [Fact]
    public async Task AnAcceptedTokenIsRememberedForThirtySecondsAtMost()
    {
        var tokens = new RecentlyValidatedTokens(_clock) { MapInboundClaims = false };
        var token = Token(TimeSpan.FromMinutes(10));
        Assert.True((await tokens.ValidateTokenAsync(token, Parameters(_rsa))).IsValid);
        // Parameters that would refuse it (another signing key) show whether it was validated again.
        var refusing = Parameters(_otherRsa);

        var remembered = await tokens.ValidateTokenAsync(token, refusing);
        _clock.Offset = RecentlyValidatedTokens.Lifetime + TimeSpan.FromSeconds(1);
        var later = await tokens.ValidateTokenAsync(token, refusing);

        Assert.True(remembered.IsValid);
        Assert.False(later.IsValid);
    }

    [Fact]
    public async Task ATokenIsNeverRememberedPastItsExpiry()
    {
        var tokens = new RecentlyValidatedTokens(_clock) { MapInboundClaims = false };
        var token = Token(TimeSpan.FromSeconds(10));
        Assert.True((await tokens.ValidateTokenAsync(token, Parameters(_rsa))).IsValid);

        _clock.Offset = TimeSpan.FromSeconds(11);
        var expired = await tokens.ValidateTokenAsync(token, Parameters(_rsa));

        Assert.False(expired.IsValid);
    }

    [Fact]
    public async Task ATamperedCopyOfAnAcceptedTokenIsValidatedAndRefused()
    {
        var tokens = new RecentlyValidatedTokens(_clock) { MapInboundClaims = false };
        var token = Token(TimeSpan.FromMinutes(10));
        Assert.True((await tokens.ValidateTokenAsync(token, Parameters(_rsa))).IsValid);
        var parts = token.Split('.');
        var forged = Base64UrlEncoder.Encode("""{"sub":"district.leader","aud":"landplatform","iss":"https://issuer.test","exp":4102444800}""");

        var result = await tokens.ValidateTokenAsync($"{parts[0]}.{forged}.{parts[2]}", Parameters(_rsa));

        Assert.False(result.IsValid);
    }

    [Fact]
    public async Task EachRequestGetsItsOwnCopyOfTheRememberedIdentity()
    {
        var tokens = new RecentlyValidatedTokens(_clock) { MapInboundClaims = false };
        var token = Token(TimeSpan.FromMinutes(10));
        await tokens.ValidateTokenAsync(token, Parameters(_rsa));

        var first = await tokens.ValidateTokenAsync(token, Parameters(_rsa));
        first.ClaimsIdentity.AddClaim(new Claim("role", "added-by-one-request"));
        var second = await tokens.ValidateTokenAsync(token, Parameters(_rsa));

        Assert.DoesNotContain(second.ClaimsIdentity.Claims, c => c.Value == "added-by-one-request");
    }

    public void Dispose()
    {
        _rsa.Dispose();
        _otherRsa.Dispose();
    }

    private string Token(TimeSpan lifetime)
    {
        var now = _clock.GetUtcNow().UtcDateTime;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = "https://issuer.test",
            Audience = "landplatform",
            Subject = new ClaimsIdentity([new Claim("sub", "planning.clerk")]),
            NotBefore = now.AddMinutes(-1),
            IssuedAt = now.AddMinutes(-1),
            Expires = now + lifetime,
            SigningCredentials = new SigningCredentials(new RsaSecurityKey(_rsa), SecurityAlgorithms.RsaSha256),
        });
    }

    /// <summary>The platform's checks, with lifetime judged by the test's clock (the library reads the real one).</summary>
    private TokenValidationParameters Parameters(RSA key) => new()
    {
        ValidIssuer = "https://issuer.test",
        ValidAudience = "landplatform",
        IssuerSigningKey = new RsaSecurityKey(key),
        ValidAlgorithms = ["RS256"],
        RequireExpirationTime = true,
        LifetimeValidator = (notBefore, expires, _, _) => expires > _clock.GetUtcNow().UtcDateTime,
    };
}
