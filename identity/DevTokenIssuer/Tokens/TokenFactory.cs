using LandPlatform.DevTokenIssuer.Users;
using LandPlatform.ServiceDefaults.Security;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace LandPlatform.DevTokenIssuer.Tokens;

/// <summary>Mints signed access tokens carrying the platform's claims (PlatformClaims) for audience <c>landplatform</c>.</summary>
public sealed class TokenFactory(SigningKey key, TimeProvider clock, IConfiguration configuration)
{
    private readonly JsonWebTokenHandler _handler = new() { SetDefaultTimesOnTokenCreation = false };

    /// <summary><c>Tokens:Lifetime</c>, default one hour.</summary>
    public TimeSpan Lifetime => configuration.GetValue("Tokens:Lifetime", TimeSpan.FromHours(1));

    public IssuedToken ForPerson(string issuer, DevUser user) => Create(issuer, PersonClaims(user));

    /// <summary>
    /// The ID token for <paramref name="clientId"/> (OpenID Connect Core 1.0 §2): the person's claims, the client as
    /// audience and the nonce the client sent, valid as long as the access token.
    /// </summary>
    public string IdToken(string issuer, DevUser user, string clientId, string? nonce)
    {
        var claims = PersonClaims(user);
        claims["auth_time"] = clock.GetUtcNow().ToUnixTimeSeconds();
        if (nonce is not null)
        {
            claims["nonce"] = nonce;
        }

        return Create(issuer, claims, clientId, "JWT").AccessToken;
    }

    private static Dictionary<string, object> PersonClaims(DevUser user)
    {
        var claims = new Dictionary<string, object>
        {
            [PlatformClaims.Subject] = user.Subject,
            [PlatformClaims.Name] = user.Name,
            [PlatformClaims.Bureau] = user.Bureau,
        };
        if (user.Role is not null)
        {
            claims[PlatformClaims.Role] = user.Role;
        }

        if (user.Uscc is not null)
        {
            claims[PlatformClaims.Uscc] = user.Uscc;
        }

        return claims;
    }

    public IssuedToken ForService(string issuer, string service) => Create(issuer, new Dictionary<string, object>
    {
        [PlatformClaims.Subject] = ServiceIdentities.Subject(service),
        [PlatformClaims.Name] = $"{service} service",
        [PlatformClaims.Bureau] = Bureaus.Service,
        [PlatformClaims.Service] = service,
        ["client_id"] = service,
    });

    private IssuedToken Create(string issuer, Dictionary<string, object> claims, string audience = PlatformClaims.Audience, string type = "at+jwt")
    {
        var now = clock.GetUtcNow();
        var lifetime = Lifetime;
        claims[JwtRegisteredClaimNames.Jti] = Guid.NewGuid().ToString("N");
        var token = _handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            IssuedAt = now.UtcDateTime,
            NotBefore = now.UtcDateTime,
            Expires = (now + lifetime).UtcDateTime,
            Claims = claims,
            SigningCredentials = key.Credentials,
            TokenType = type,
        });
        return new IssuedToken(token, lifetime, now + lifetime);
    }
}

public sealed record IssuedToken(string AccessToken, TimeSpan Lifetime, DateTimeOffset ExpiresAt);
