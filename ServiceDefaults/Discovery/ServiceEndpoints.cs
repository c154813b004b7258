using Microsoft.Extensions.Configuration;

namespace LandPlatform.ServiceDefaults.Discovery;

/// <summary>
/// Finds another service's address from configuration under Aspire's keys, so the same
/// environment an Aspire AppHost injects (<c>services__credit__http__0</c>) works here unchanged.
/// </summary>
public sealed class ServiceEndpoints(IConfiguration configuration)
{
    public Uri Resolve(string service, string endpoint = "http")
    {
        var key = $"services:{service}:{endpoint}:0";
        var value = configuration[key];
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new InvalidOperationException(
                $"No address configured for service '{service}' endpoint '{endpoint}': set '{key}' " +
                $"(environment variable services__{service}__{endpoint}__0).");
        }

        // "localhost:5000" (scheme forgotten) and "/srv/x" (a file: URI on Unix) parse as absolute URIs too.
        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            throw new InvalidOperationException(
                $"The address '{value}' configured at '{key}' is not an absolute http:// or https:// URL.");
        }

        return uri;
    }
}
