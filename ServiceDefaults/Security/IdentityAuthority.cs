using Microsoft.Extensions.Configuration;

namespace LandPlatform.ServiceDefaults.Security;

/// <summary>
/// Where the identity provider is: <c>Identity:Authority</c> (production: the government IdP's
/// URL), else the development issuer the AppHost starts, found by discovery
/// (<c>services:identity:http:0</c>).
/// </summary>
public static class IdentityAuthority
{
    public const string AuthorityKey = "Identity:Authority";
    public const string DiscoveryKey = "services:identity:http:0";

    public static Uri Resolve(IConfiguration configuration)
    {
        var value = configuration[AuthorityKey];
        if (string.IsNullOrWhiteSpace(value))
        {
            value = configuration[DiscoveryKey];
        }

        if (string.IsNullOrWhiteSpace(value) || !Uri.TryCreate(value, UriKind.Absolute, out var uri))
        {
            throw new InvalidOperationException(
                $"No identity provider configured: set '{AuthorityKey}' (the issuer URL) or '{DiscoveryKey}' " +
                "(environment variable Identity__Authority or services__identity__http__0).");
        }

        return uri;
    }

    /// <summary>
    /// Metadata and keys may come over plain HTTP only from this machine (the development issuer);
    /// anywhere else a man in the middle could hand out his own signing keys.
    /// </summary>
    public static bool AllowsHttp(Uri authority) => authority.Scheme == Uri.UriSchemeHttp && authority.IsLoopback;

    /// <summary>Throws unless <paramref name="endpoint"/> is HTTPS or loopback HTTP.</summary>
    public static Uri RequireSecure(Uri endpoint) =>
        endpoint.Scheme == Uri.UriSchemeHttps || AllowsHttp(endpoint)
            ? endpoint
            : throw new InvalidOperationException($"The identity endpoint {endpoint} must use HTTPS (plain HTTP is accepted only on loopback).");
}
