using System.Security.Cryptography;
using LandPlatform.AppHost.Hosting.Resources;

namespace LandPlatform.AppHost.Hosting;

/// <summary>
/// The development token issuer and the service identities it vouches for. Each run generates a
/// fresh client secret per service (never one committed to the repository); in production the
/// government identity provider issues them and the issuer resource is not declared.
/// </summary>
public static class IdentityResourceExtensions
{
    /// <param name="port">A fixed port for operators and scripts (0: any free port).</param>
    public static IResourceBuilder<ProjectResource> AddDevIdentity(this DistributedApplicationBuilder builder, string name, string projectDirectory, int port = 0)
    {
        var identity = builder.AddProject(name, projectDirectory).WithExternalHttpEndpoint(port);
        var http = identity.Resource.Endpoints.Single(e => e.Name == "http");
        // Tokens carry this URL as their issuer; every validator derives the same URL from discovery.
        return identity
            .WithEnvironment("Issuer__Url", http.Url)
            .WithStartupNote($"Seeded users (password 'dev'): {http.Url}/users")
            .WithStartupNote($"Get a token:  ./scripts/token.sh planning.clerk {http.Url}   " +
                $"(or curl -s -d grant_type=password -d username=planning.clerk -d password=dev {http.Url}/connect/token)");
    }

    /// <summary>
    /// The resource authenticates users against <paramref name="identity"/> and calls other services
    /// as itself (client credentials with a secret made for this run).
    /// </summary>
    public static IResourceBuilder<T> WithServiceIdentity<T>(this IResourceBuilder<T> builder, IResourceBuilder<ProjectResource> identity)
        where T : ExecutableResource
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
}
