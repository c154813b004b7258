using LandPlatform.DevTokenIssuer.Users;
using Microsoft.AspNetCore.WebUtilities;

namespace LandPlatform.DevTokenIssuer.Authorization;

/// <summary>
/// GET /connect/authorize shows the sign-in page for the seeded users; POST checks the password and sends the browser
/// back to the client with a code (OpenID Connect Core 1.0 §3.1, authorization code flow, with PKCE S256 required).
/// The issuer keeps no session: every authorization asks for the password, so signing out of a client is complete.
/// </summary>
public static class AuthorizeEndpoint
{
    public const string Path = "/connect/authorize";

    public static void MapAuthorizeEndpoint(this IEndpointRouteBuilder app)
    {
        app.MapGet(Path, (HttpRequest request, RelyingParties parties, DevUserDirectory users) =>
            Handle(AuthorizationRequest.From(request.Query.ToDictionary(q => q.Key, q => q.Value.ToString())), parties, users, login: null));
        app.MapPost(Path, async (HttpRequest request, RelyingParties parties, DevUserDirectory users, AuthorizationCodes codes, ILoggerFactory loggers) =>
        {
            var form = await request.ReadFormAsync(request.HttpContext.RequestAborted);
            var fields = form.ToDictionary(f => f.Key, f => f.Value.ToString());
            var authorization = AuthorizationRequest.From(fields);
            var username = fields.GetValueOrDefault("username")?.Trim() ?? string.Empty;
            return Handle(authorization, parties, users, new LoginAttempt(username, fields.GetValueOrDefault("password"), codes,
                loggers.CreateLogger("LandPlatform.DevTokenIssuer.Authorization")));
        }).DisableAntiforgery();
    }

    private sealed record LoginAttempt(string Username, string? Password, AuthorizationCodes Codes, ILogger Logger);

    private static IResult Handle(AuthorizationRequest authorization, RelyingParties parties, DevUserDirectory users, LoginAttempt? login)
    {
        // Without a known client and one of its redirect URIs nothing is sent anywhere (RFC 6749 §4.1.2.1).
        var party = parties.Find(authorization.ClientId);
        if (party is null || !party.AcceptsRedirect(authorization.RedirectUri))
        {
            return LoginPage.Refusal(party is null
                ? $"未登记的客户端 client_id “{authorization.ClientId}”。Unknown client_id."
                : $"回调地址 redirect_uri 未为客户端 {party.ClientId} 登记。The redirect_uri is not registered for this client.");
        }

        if (authorization.Problem() is { } problem)
        {
            return Redirect(authorization, new() { ["error"] = "invalid_request", ["error_description"] = problem });
        }

        if (login is null)
        {
            return LoginPage.Form(authorization, users.Users, username: null, error: null);
        }

        if (login.Username.Length == 0)
        {
            return LoginPage.Form(authorization, users.Users, login.Username, "请填写用户名。Enter a user name.");
        }

        if (users.Authenticate(login.Username, login.Password) is not { } user)
        {
            IssuerLog.Refused(login.Logger, "authorization_code", login.Username, "invalid_grant");
            return LoginPage.Form(authorization, users.Users, login.Username, "用户名或密码不正确。Unknown user or wrong password.");
        }

        var code = login.Codes.Issue(user, party.ClientId, authorization.RedirectUri!, authorization.CodeChallenge!, authorization.Nonce);
        return Redirect(authorization, new() { ["code"] = code });
    }

    private static IResult Redirect(AuthorizationRequest authorization, Dictionary<string, string?> parameters)
    {
        if (authorization.State is not null)
        {
            parameters["state"] = authorization.State;
        }

        return TypedResults.Redirect(QueryHelpers.AddQueryString(authorization.RedirectUri!, parameters));
    }
}

/// <summary>The parameters of an authorization request, as a query (GET) or carried through the sign-in form (POST).</summary>
public sealed record AuthorizationRequest(
    string? ClientId, string? RedirectUri, string? ResponseType, string? Scope, string? State, string? Nonce, string? CodeChallenge,
    string? CodeChallengeMethod, string? ResponseMode)
{
    public static readonly string[] Carried = ["client_id", "redirect_uri", "response_type", "scope", "state", "nonce", "code_challenge", "code_challenge_method", "response_mode"];

    public static AuthorizationRequest From(IReadOnlyDictionary<string, string> values)
    {
        string? Get(string key) => values.TryGetValue(key, out var v) && v.Length > 0 ? v : null;
        return new(Get("client_id"), Get("redirect_uri"), Get("response_type"), Get("scope"), Get("state"), Get("nonce"),
            Get("code_challenge"), Get("code_challenge_method"), Get("response_mode"));
    }

    public IEnumerable<KeyValuePair<string, string?>> Values() =>
        Carried.Zip([ClientId, RedirectUri, ResponseType, Scope, State, Nonce, CodeChallenge, CodeChallengeMethod, ResponseMode],
            KeyValuePair.Create);

    /// <summary>What makes the request unacceptable, once the client and redirect are known to be good.</summary>
    public string? Problem() =>
        ResponseType != "code" ? "Only response_type=code is supported."
        : Scope is null || !Scope.Split(' ').Contains("openid") ? "scope must include openid."
        : CodeChallenge is null || CodeChallengeMethod != "S256" ? "PKCE is required: send code_challenge with code_challenge_method=S256."
        : ResponseMode is not (null or "query") ? "Only response_mode=query is supported."
        : null;
}
