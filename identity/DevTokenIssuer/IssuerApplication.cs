using LandPlatform.DevTokenIssuer.Clients;
using LandPlatform.DevTokenIssuer.Discovery;
using LandPlatform.DevTokenIssuer.Tokens;
using LandPlatform.DevTokenIssuer.Users;

namespace LandPlatform.DevTokenIssuer;

/// <summary>
/// The development token issuer: OpenID Connect discovery, JWKS, and a token endpoint for seeded
/// people (password grant) and platform services (client credentials). The signing key is made at
/// start and lives only in memory, so every run has its own and no key is ever in the repository.
/// </summary>
public static class IssuerApplication
{
    /// <param name="configureServices">Tests replace services here (a clock) before the defaults are added.</param>
    public static WebApplication Build(string[] args, Action<IServiceCollection>? configureServices = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        configureServices?.Invoke(builder.Services);
        builder.AddServiceDefaults();
        builder.Services.AddSingleton<SigningKey>();
        builder.Services.AddSingleton(sp => DevUserDirectory.From(sp.GetRequiredService<IConfiguration>()));
        builder.Services.AddSingleton(sp => ServiceClients.From(sp.GetRequiredService<IConfiguration>()));
        builder.Services.AddSingleton<TokenFactory>();

        var app = builder.Build();
        app.MapDefaultEndpoints();
        app.MapDiscoveryEndpoints();
        app.MapTokenEndpoint();
        app.MapUsersEndpoint();

        // Fail at start, not at the first login, when the seeded users or client secrets are misconfigured.
        var users = app.Services.GetRequiredService<DevUserDirectory>();
        var clients = app.Services.GetRequiredService<ServiceClients>();
        var key = app.Services.GetRequiredService<SigningKey>();
        IssuerLog.Started(app.Logger, key.KeyId, users.Users.Count, string.Join(",", clients.Names));
        return app;
    }
}
