using System.Security.Cryptography;

namespace Aspire.Hosting;

/// <summary>
/// The development token issuer and the service identities it vouches for. Each run generates a fresh client
/// secret per service (never one committed to the repository); in production the government identity
/// provider issues them and the issuer resource is not declared.
/// </summary>
public static class ServiceIdentityExtensions
{
    /// <summary>Tokens carry the issuer's own address as their issuer; validators find the same address by discovery.</summary>
    public static IResourceBuilder<ProjectResource> WithIssuerUrl(this IResourceBuilder<ProjectResource> identity) =>
        identity.WithEnvironment("Issuer__Url", identity.GetEndpoint(PlatformProjectExtensions.HttpEndpointName));

    /// <summary>
    /// The resource authenticates users against <paramref name="identity"/> and calls other services as itself
    /// (client credentials with a secret made for this run).
    /// </summary>
    public static IResourceBuilder<ProjectResource> WithServiceIdentity(
        this IResourceBuilder<ProjectResource> builder, IResourceBuilder<ProjectResource> identity)
    {
        var clientId = builder.Resource.Name;
        var secret = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24));
        identity.WithEnvironment($"Clients__{clientId}__Secret", secret);
        return builder
            .WithReference(identity)
            .WaitFor(identity)
            .WithEnvironment("Identity__ClientId", clientId)
            .WithEnvironment("Identity__ClientSecret", secret);
    }

    /// <summary>
    /// Registers a browser application with the issuer (authorization code + PKCE, no secret): its sign-in callback
    /// and post-sign-out page at each address the browser may reach it by (through the gateway, or directly).
    /// </summary>
    public static IResourceBuilder<ProjectResource> WithBrowserClient(
        this IResourceBuilder<ProjectResource> identity, string clientId, params IResourceBuilder<ProjectResource>[] reachedThrough)
    {
        for (var i = 0; i < reachedThrough.Length; i++)
        {
            var endpoint = reachedThrough[i].GetEndpoint(PlatformProjectExtensions.HttpEndpointName);
            identity
                .WithEnvironment($"RelyingParties__{clientId}__RedirectUris__{i}", ReferenceExpression.Create($"{endpoint}/signin-oidc"))
                .WithEnvironment($"RelyingParties__{clientId}__PostLogoutRedirectUris__{i}", ReferenceExpression.Create($"{endpoint}/signout-callback-oidc"));
        }

        return identity;
    }
}
