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

    public IssuedToken ForPerson(string issuer, DevUser user)
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

        return Create(issuer, claims);
    }

    public IssuedToken ForService(string issuer, string service) => Create(issuer, new Dictionary<string, object>
    {
        [PlatformClaims.Subject] = ServiceIdentities.Subject(service),
        [PlatformClaims.Name] = $"{service} service",
        [PlatformClaims.Bureau] = Bureaus.Service,
        [PlatformClaims.Service] = service,
        ["client_id"] = service,
    });

    private IssuedToken Create(string issuer, Dictionary<string, object> claims)
    {
        var now = clock.GetUtcNow();
        var lifetime = Lifetime;
        claims[JwtRegisteredClaimNames.Jti] = Guid.NewGuid().ToString("N");
        var token = _handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = PlatformClaims.Audience,
            IssuedAt = now.UtcDateTime,
            NotBefore = now.UtcDateTime,
            Expires = (now + lifetime).UtcDateTime,
            Claims = claims,
            SigningCredentials = key.Credentials,
            TokenType = "at+jwt",
        });
        return new IssuedToken(token, lifetime, now + lifetime);
    }
}

public sealed record IssuedToken(string AccessToken, TimeSpan Lifetime, DateTimeOffset ExpiresAt);
