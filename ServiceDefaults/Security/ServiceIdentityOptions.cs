using Microsoft.Extensions.Configuration;

namespace LandPlatform.ServiceDefaults.Security;

/// <summary>
/// This service's client credentials at the identity provider (<c>Identity:ClientId</c>,
/// <c>Identity:ClientSecret</c>), injected per run by the AppHost or the deployment; never committed.
/// Read when the first outgoing call needs a token, so a service that calls no one needs none.
/// </summary>
public sealed record ServiceIdentityOptions(Uri Authority, string ClientId, string ClientSecret)
{
    public const string ClientIdKey = "Identity:ClientId";
    public const string ClientSecretKey = "Identity:ClientSecret";

    public static ServiceIdentityOptions From(IConfiguration configuration)
    {
        var clientId = configuration[ClientIdKey];
        var secret = configuration[ClientSecretKey];
        if (string.IsNullOrWhiteSpace(clientId) || string.IsNullOrWhiteSpace(secret))
        {
            throw new InvalidOperationException(
                $"This service calls another platform service but has no service identity: set '{ClientIdKey}' and " +
                $"'{ClientSecretKey}' (environment Identity__ClientId, Identity__ClientSecret).");
        }

        return new ServiceIdentityOptions(IdentityAuthority.Resolve(configuration), clientId, secret);
    }
}
