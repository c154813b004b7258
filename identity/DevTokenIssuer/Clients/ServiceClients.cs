using System.Security.Cryptography;
using System.Text;
using LandPlatform.ServiceDefaults.Security;

namespace LandPlatform.DevTokenIssuer.Clients;

/// <summary>
/// The platform services that may obtain a service identity, with secrets from configuration
/// (<c>Clients:{name}:Secret</c>), which the AppHost generates for each run; none is committed.
/// </summary>
public sealed class ServiceClients
{
    // Long enough that a guessed or placeholder secret ("secret", "dev") is refused at start.
    private const int MinimumSecretLength = 16;

    private readonly Dictionary<string, byte[]> _secrets;

    private ServiceClients(Dictionary<string, byte[]> secrets) => _secrets = secrets;

    public IReadOnlyCollection<string> Names => _secrets.Keys;

    public static ServiceClients From(IConfiguration configuration)
    {
        var secrets = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var client in configuration.GetSection("Clients").GetChildren())
        {
            if (!ServiceIdentities.All.Contains(client.Key))
            {
                throw new InvalidOperationException(
                    $"Client '{client.Key}' is not a platform service ({string.Join(", ", ServiceIdentities.All)}): " +
                    "a service identity no permission names would only hide a typo.");
            }

            var secret = client["Secret"];
            if (secret is null || secret.Length < MinimumSecretLength)
            {
                throw new InvalidOperationException($"Clients:{client.Key}:Secret must be at least {MinimumSecretLength} characters.");
            }

            secrets[client.Key] = Encoding.UTF8.GetBytes(secret);
        }

        return new ServiceClients(secrets);
    }

    /// <summary>The service name when <paramref name="clientId"/> and <paramref name="secret"/> match a configured client.</summary>
    public string? Authenticate(string? clientId, string? secret)
    {
        if (clientId is null || !_secrets.TryGetValue(clientId, out var expected))
        {
            return null;
        }

        return CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(secret ?? string.Empty), expected) ? clientId : null;
    }
}
