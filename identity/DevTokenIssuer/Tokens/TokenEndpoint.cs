using System.Net.Http.Headers;
using System.Text;
using LandPlatform.DevTokenIssuer.Authorization;
using LandPlatform.DevTokenIssuer.Clients;
using LandPlatform.DevTokenIssuer.Users;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LandPlatform.DevTokenIssuer.Tokens;

/// <summary>
/// POST /connect/token (RFC 6749 §3.2): <c>grant_type=password</c> for seeded people,
/// <c>grant_type=client_credentials</c> for platform services (client_secret_basic or _post), and
/// <c>grant_type=authorization_code</c> for a browser application's code with its PKCE verifier (RFC 7636 §4.5).
/// </summary>
public static class TokenEndpoint
{
    public const string Path = "/connect/token";

    public static void MapTokenEndpoint(this IEndpointRouteBuilder app) => app.MapPost(Path, Issue);

    private static async Task<Results<Ok<TokenResponse>, JsonHttpResult<TokenError>>> Issue(
        HttpContext context, DevUserDirectory users, ServiceClients clients, AuthorizationCodes codes, TokenFactory tokens, ILoggerFactory loggers)
    {
        // Tokens must not be cached by any intermediary (RFC 6749 §5.1).
        context.Response.Headers.CacheControl = "no-store";
        context.Response.Headers.Pragma = "no-cache";
        var logger = loggers.CreateLogger("LandPlatform.DevTokenIssuer.Tokens");
        if (!context.Request.HasFormContentType)
        {
            return Error("invalid_request", "Send the parameters as application/x-www-form-urlencoded.");
        }

        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        var grantType = form["grant_type"].ToString();
        var issuer = IssuerUrl.For(context.Request);
        switch (grantType)
        {
            case "password":
                var username = form["username"].ToString();
                if (users.Authenticate(username, form["password"]) is not { } user)
                {
                    IssuerLog.Refused(logger, grantType, username, "invalid_grant");
                    return Error("invalid_grant", "Unknown user or wrong password (GET /users lists the seeded users).");
                }

                return Success(logger, grantType, user.Subject, user.Bureau, tokens.ForPerson(issuer, user));

            case "client_credentials":
                var (clientId, secret) = ClientCredentials(context.Request, form);
                if (clients.Authenticate(clientId, secret) is not { } service)
                {
                    IssuerLog.Refused(logger, grantType, clientId ?? "(no client_id)", "invalid_client");
                    context.Response.Headers.WWWAuthenticate = "Basic realm=\"landplatform\"";
                    return Error("invalid_client", "Unknown client or wrong secret.", StatusCodes.Status401Unauthorized);
                }

                return Success(logger, grantType, service, "service", tokens.ForService(issuer, service));

            case "authorization_code":
                var (grant, problem) = codes.Redeem(form["code"], form["client_id"], form["redirect_uri"], form["code_verifier"]);
                if (grant is null)
                {
                    IssuerLog.Refused(logger, grantType, form["client_id"].ToString(), problem!);
                    return Error("invalid_grant", problem!);
                }

                var access = tokens.ForPerson(issuer, grant.User);
                IssuerLog.Issued(logger, grantType, grant.User.Subject, grant.User.Bureau, access.ExpiresAt);
                return TypedResults.Ok(new TokenResponse(access.AccessToken, "Bearer", (int)access.Lifetime.TotalSeconds)
                {
                    IdToken = tokens.IdToken(issuer, grant.User, grant.ClientId, grant.Nonce),
                });

            default:
                return Error("unsupported_grant_type", "Supported: password, client_credentials, authorization_code.");
        }
    }

    private static Ok<TokenResponse> Success(ILogger logger, string grantType, string subject, string bureau, IssuedToken token)
    {
        IssuerLog.Issued(logger, grantType, subject, bureau, token.ExpiresAt);
        return TypedResults.Ok(new TokenResponse(token.AccessToken, "Bearer", (int)token.Lifetime.TotalSeconds));
    }

    private static JsonHttpResult<TokenError> Error(string error, string description, int status = StatusCodes.Status400BadRequest) =>
        TypedResults.Json(new TokenError(error, description), statusCode: status);

    /// <summary>client_secret_basic (form-encoded id:secret in base64) or client_secret_post (RFC 6749 §2.3.1).</summary>
    private static (string? ClientId, string? Secret) ClientCredentials(HttpRequest request, IFormCollection form)
    {
        if (AuthenticationHeaderValue.TryParse(request.Headers.Authorization, out var header)
            && string.Equals(header.Scheme, "Basic", StringComparison.OrdinalIgnoreCase) && header.Parameter is not null)
        {
            try
            {
                var decoded = Encoding.UTF8.GetString(Convert.FromBase64String(header.Parameter));
                var colon = decoded.IndexOf(':', StringComparison.Ordinal);
                return colon < 0
                    ? (null, null)
                    : (Uri.UnescapeDataString(decoded[..colon]), Uri.UnescapeDataString(decoded[(colon + 1)..]));
            }
            catch (FormatException)
            {
                return (null, null);
            }
        }

        return (form["client_id"].ToString() is { Length: > 0 } id ? id : null, form["client_secret"]);
    }
}
