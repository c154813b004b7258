using LandPlatform.ServiceDefaults.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;

namespace LandPlatform.Web.Account;

/// <summary>
/// Sign-in by OpenID Connect authorization code with PKCE against the platform's identity provider (the development
/// issuer locally), a cookie session that ends after <c>Portal:SessionTimeout</c> of inactivity (default 20 minutes)
/// or when the access token expires, whichever is first.
/// </summary>
public static class PortalAuthentication
{
    public const string ClientIdKey = "Portal:ClientId";

    public static void AddPortalAuthentication(this IHostApplicationBuilder builder)
    {
        var authority = IdentityAuthority.Resolve(builder.Configuration);
        var timeout = builder.Configuration.GetValue("Portal:SessionTimeout", TimeSpan.FromMinutes(20));
        builder.Services.AddAuthorization(o => o.AddPortalPolicies());
        builder.Services.AddAuthentication(o =>
            {
                o.DefaultScheme = CookieAuthenticationDefaults.AuthenticationScheme;
                o.DefaultChallengeScheme = OpenIdConnectDefaults.AuthenticationScheme;
            })
            .AddCookie(o =>
            {
                o.Cookie.Name = "lp.portal";
                o.Cookie.SameSite = SameSiteMode.Lax;
                o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                o.ExpireTimeSpan = timeout;
                o.SlidingExpiration = true;
                o.AccessDeniedPath = "/account/denied";
                o.Events.OnValidatePrincipal = EndWhenTokenExpired;
            })
            .AddOpenIdConnect(o =>
            {
                o.Authority = authority.ToString();
                o.RequireHttpsMetadata = !IdentityAuthority.AllowsHttp(authority);
                o.ClientId = builder.Configuration[ClientIdKey] ?? "web";
                o.ResponseType = "code";
                o.ResponseMode = "query";
                o.UsePkce = true;
                o.Scope.Clear();
                o.Scope.Add("openid");
                o.Scope.Add("profile");
                // The access token is what the portal sends to the gateway on the person's behalf.
                o.SaveTokens = true;
                o.GetClaimsFromUserInfoEndpoint = false;
                o.MapInboundClaims = false;
                o.TokenValidationParameters.NameClaimType = PlatformClaims.Name;
                o.TokenValidationParameters.RoleClaimType = PlatformClaims.Role;
                // The callback is a top-level GET from the issuer (response_mode=query): Lax cookies come with it, and
                // over plain HTTP on loopback a Secure cookie would be dropped.
                o.CorrelationCookie.SameSite = SameSiteMode.Lax;
                o.CorrelationCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                o.NonceCookie.SameSite = SameSiteMode.Lax;
                o.NonceCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                o.SignedOutRedirectUri = "/";
                o.Events.OnRemoteFailure = context =>
                {
                    context.Response.Redirect("/account/failed");
                    context.HandleResponse();
                    return Task.CompletedTask;
                };
            });
    }

    // A session lasts no longer than the token that lets the portal act: afterwards the person signs in again.
    private static async Task EndWhenTokenExpired(CookieValidatePrincipalContext context)
    {
        var expiresAt = context.Properties.GetTokenValue("expires_at");
        var clock = context.HttpContext.RequestServices.GetRequiredService<TimeProvider>();
        if (expiresAt is not null && DateTimeOffset.TryParse(expiresAt, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var at)
            && at <= clock.GetUtcNow().AddSeconds(30))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        }
    }
}
