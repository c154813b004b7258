using System.Collections.Concurrent;
using LandPlatform.DevTokenIssuer.Users;
using LandPlatform.ServiceDefaults.Security;
using LandPlatform.Testing.Identity;

namespace LandPlatform.BadInput.Tests.Drill;

/// <summary>
/// A token that passes an endpoint's authorization: a seeded person of the owning bureau and role (from the
/// permission table and the issuer's seeded users), or the calling service a permission names.
/// </summary>
public sealed class BureauTokens(IssuerFixture issuer)
{
    private readonly ConcurrentDictionary<string, Task<string>> _tokens = new(StringComparer.Ordinal);

    /// <summary>Null for an endpoint that admits anyone; a seeded user holding every permission it requires otherwise.</summary>
    public Task<string?> ForAsync(WriteEndpoint endpoint)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        if (endpoint.Permissions.Count == 0)
        {
            // Open to anyone, or to any signed-in caller (the platform's fallback policy).
            return endpoint.Anonymous ? Task.FromResult<string?>(null) : Get(SeededUsers.All[0].Subject);
        }

        if (SeededUsers.All.FirstOrDefault(u => endpoint.Permissions.All(p => Permissions.Admits(p, Actor(u)))) is { } user)
        {
            return Get(user.Subject);
        }

        var service = endpoint.Permissions.SelectMany(p => Permissions.Table[p]).Select(g => g.Service).FirstOrDefault(s => s is not null)
            ?? throw new InvalidOperationException($"No seeded user or service holds {string.Join(", ", endpoint.Permissions)} ({endpoint.Name}).");
        return Nullable(_tokens.GetOrAdd("service:" + service, _ => issuer.ServiceTokenAsync(service)));
    }

    /// <summary>A seeded person's token (e.g. "auditor"), issued once per drill.</summary>
    public Task<string> PersonAsync(string subject) => _tokens.GetOrAdd(subject, s => issuer.PersonTokenAsync(s));

    private async Task<string?> Get(string subject) => await PersonAsync(subject);

    private static async Task<string?> Nullable(Task<string> token) => await token;

    private static CurrentActor Actor(DevUser user) => new(user.Subject, user.Name, user.Bureau, user.Role, user.Uscc, null);
}
