using System.Collections.Concurrent;
using LandPlatform.DevTokenIssuer.Users;
using LandPlatform.ServiceDefaults.Security;
using LandPlatform.Testing.Identity;

namespace LandPlatform.BadInput.Tests.Drill;

/// <summary>
/// A token that passes an endpoint's authorization: a seeded person of the owning bureau and role (from the
/// permission table and the issuer's seeded users), or the calling service a permission names.
/// </summary>
public sealed class BureauTokens(Func<string, Task<string>> personToken, Func<string, Task<string?>> serviceToken)
{
    private readonly ConcurrentDictionary<string, Task<string?>> _tokens = new(StringComparer.Ordinal);

    /// <summary>From the in-process development issuer (the test's own, which knows every service's secret).</summary>
    public BureauTokens(IssuerFixture issuer)
        : this(user => issuer.PersonTokenAsync(user), async service => await issuer.ServiceTokenAsync(service))
    {
    }

    /// <summary>Null for an endpoint that admits anyone; a seeded user holding every permission it requires otherwise.</summary>
    public Task<string?> ForAsync(WriteEndpoint endpoint)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        if (endpoint.Permissions.Count == 0)
        {
            // Open to anyone, or to any signed-in caller (the platform's fallback policy).
            return endpoint.Anonymous ? Task.FromResult<string?>(null) : PersonAsync(SeededUsers.All[0].Subject);
        }

        if (SeededUsers.All.FirstOrDefault(u => endpoint.Permissions.All(p => Permissions.Admits(p, Actor(u)))) is { } user)
        {
            return PersonAsync(user.Subject);
        }

        var service = endpoint.Permissions.SelectMany(p => Permissions.Table[p]).Select(g => g.Service).FirstOrDefault(s => s is not null)
            ?? throw new InvalidOperationException($"No seeded user or service holds {string.Join(", ", endpoint.Permissions)} ({endpoint.Name}).");
        return _tokens.GetOrAdd("service:" + service, _ => serviceToken(service));
    }

    /// <summary>A seeded person's token (e.g. "auditor"), issued once per drill.</summary>
    public Task<string?> PersonAsync(string subject) => _tokens.GetOrAdd(subject, async s => await personToken(s));

    private static CurrentActor Actor(DevUser user) => new(user.Subject, user.Name, user.Bureau, user.Role, user.Uscc, null);
}
