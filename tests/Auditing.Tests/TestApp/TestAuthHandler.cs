using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace LandPlatform.Auditing.Tests.TestApp;

/// <summary>Claims from X-Test-* headers, named as the platform's tokens name them; no headers, no user.</summary>
public sealed class TestAuthHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Test";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var claims = new[] { "sub", "name", "bureau", "role", "uscc", "service" }
            .Select(type => (type, value: Request.Headers[$"X-Test-{type}"].ToString()))
            .Where(c => c.value.Length > 0)
            .Select(c => new Claim(c.type, c.value))
            .ToList();
        if (claims.Count == 0)
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        var identity = new ClaimsIdentity(claims, SchemeName, "name", "role");
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName)));
    }
}
