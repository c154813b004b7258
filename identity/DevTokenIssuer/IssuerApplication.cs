using LandPlatform.DevTokenIssuer.Authorization;
using LandPlatform.DevTokenIssuer.Clients;
using LandPlatform.DevTokenIssuer.Discovery;
using LandPlatform.DevTokenIssuer.Tokens;
using LandPlatform.DevTokenIssuer.Users;

namespace LandPlatform.DevTokenIssuer;

/// <summary>
/// The development token issuer: OpenID Connect discovery, JWKS, a token endpoint for seeded
/// people (password grant) and platform services (client credentials), and the authorization code flow
/// with PKCE and a sign-in page for browser applications (the web portal). The signing key is made at
/// start and lives only in memory, so every run has its own and no key is ever in the repository.
/// </summary>
public static class IssuerApplication
{
    /// <param name="configureServices">Tests replace services here (a clock), after the defaults, so theirs win.</param>
    public static WebApplication Build(string[] args, Action<IServiceCollection>? configureServices = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.AddServiceDefaults();
        configureServices?.Invoke(builder.Services);
        builder.Services.AddSingleton<SigningKey>();
        builder.Services.AddSingleton(sp => DevUserDirectory.From(sp.GetRequiredService<IConfiguration>()));
        builder.Services.AddSingleton(sp => ServiceClients.From(sp.GetRequiredService<IConfiguration>()));
        builder.Services.AddSingleton<TokenFactory>();
        builder.Services.AddSingleton(sp => RelyingParties.From(sp.GetRequiredService<IConfiguration>()));
        builder.Services.AddSingleton<AuthorizationCodes>();

        var app = builder.Build();
        app.MapDefaultEndpoints();
        app.MapDiscoveryEndpoints();
        app.MapTokenEndpoint();
        app.MapAuthorizeEndpoint();
        app.MapEndSessionEndpoint();
        app.MapUsersEndpoint();

        // Fail at start, not at the first login, when the seeded users or client secrets are misconfigured.
        var users = app.Services.GetRequiredService<DevUserDirectory>();
        var clients = app.Services.GetRequiredService<ServiceClients>();
        var key = app.Services.GetRequiredService<SigningKey>();
        _ = app.Services.GetRequiredService<RelyingParties>();
        IssuerLog.Started(app.Logger, key.KeyId, users.Users.Count, string.Join(",", clients.Names));
        return app;
    }
}
