using Microsoft.AspNetCore.WebUtilities;

namespace LandPlatform.DevTokenIssuer.Authorization;

/// <summary>
/// GET /connect/endsession (OpenID Connect RP-Initiated Logout 1.0): the issuer holds no session, so it only sends
/// the browser back to a registered post-logout URI (with <c>state</c>), or shows that the user is signed out.
/// </summary>
public static class EndSessionEndpoint
{
    public const string Path = "/connect/endsession";

    public static void MapEndSessionEndpoint(this IEndpointRouteBuilder app) =>
        app.MapGet(Path, (HttpRequest request, RelyingParties parties) =>
        {
            var target = request.Query["post_logout_redirect_uri"].ToString();
            var clientId = request.Query["client_id"].ToString();
            var party = parties.Find(clientId) ?? parties.Names.Select(parties.Find).FirstOrDefault(p => p!.AcceptsPostLogoutRedirect(target));
            if (party is null || !party.AcceptsPostLogoutRedirect(target))
            {
                return LoginPage.SignedOut();
            }

            var state = request.Query["state"].ToString();
            return TypedResults.Redirect(state.Length == 0 ? target : QueryHelpers.AddQueryString(target, "state", state));
        });
}
