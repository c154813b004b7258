using LandPlatform.DevTokenIssuer.Authorization;
using LandPlatform.DevTokenIssuer.Tokens;
using LandPlatform.ServiceDefaults.Security;

namespace LandPlatform.DevTokenIssuer.Discovery;

/// <summary>
/// OpenID Connect Discovery 1.0 §4 and the JWKS (RFC 7517 §5): what JwtBearer and the service
/// token provider read to find the token endpoint and the current signing key.
/// </summary>
public static class DiscoveryEndpoints
{
    public const string JwksPath = "/.well-known/jwks.json";

    public static void MapDiscoveryEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/.well-known/openid-configuration", (HttpRequest request) =>
        {
            var issuer = IssuerUrl.For(request);
            return TypedResults.Ok(new Dictionary<string, object>
            {
                ["issuer"] = issuer,
                ["jwks_uri"] = issuer + JwksPath,
                ["token_endpoint"] = issuer + TokenEndpoint.Path,
                ["authorization_endpoint"] = issuer + AuthorizeEndpoint.Path,
                ["end_session_endpoint"] = issuer + EndSessionEndpoint.Path,
                ["grant_types_supported"] = new[] { "password", "client_credentials", "authorization_code" },
                ["code_challenge_methods_supported"] = new[] { "S256" },
                ["response_modes_supported"] = new[] { "query" },
                ["scopes_supported"] = new[] { "openid", "profile" },
                ["token_endpoint_auth_methods_supported"] = new[] { "client_secret_basic", "client_secret_post", "none" },
                ["response_types_supported"] = new[] { "code" },
                ["subject_types_supported"] = new[] { "public" },
                ["id_token_signing_alg_values_supported"] = new[] { SigningKey.Algorithm },
                ["claims_supported"] = new[]
                {
                    PlatformClaims.Subject, PlatformClaims.Name, PlatformClaims.Bureau, PlatformClaims.Role,
                    PlatformClaims.Uscc, PlatformClaims.Service,
                },
            });
        });

        app.MapGet(JwksPath, (SigningKey key) => TypedResults.Ok(new { keys = new[] { key.PublicJwk() } }));
    }
}
