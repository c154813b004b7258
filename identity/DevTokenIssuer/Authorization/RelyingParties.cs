namespace LandPlatform.DevTokenIssuer.Authorization;

/// <summary>A browser application that signs people in by authorization code with PKCE (a public client: no secret).</summary>
public sealed record RelyingParty(string ClientId, IReadOnlyList<Uri> RedirectUris, IReadOnlyList<Uri> PostLogoutRedirectUris)
{
    public bool AcceptsRedirect(string? uri) => Matches(RedirectUris, uri);

    public bool AcceptsPostLogoutRedirect(string? uri) => Matches(PostLogoutRedirectUris, uri);

    // Exact match, except that a loopback address may be named localhost, 127.0.0.1 or [::1] (RFC 8252 §7.3 and §8.3:
    // the browser reaches the same process under either name).
    private static bool Matches(IReadOnlyList<Uri> registered, string? candidate) =>
        Uri.TryCreate(candidate, UriKind.Absolute, out var uri) && string.IsNullOrEmpty(uri.Fragment) && registered.Any(r =>
            r.Scheme == uri.Scheme && r.Port == uri.Port && r.AbsolutePath == uri.AbsolutePath && r.Query == uri.Query
            && (string.Equals(r.Host, uri.Host, StringComparison.OrdinalIgnoreCase) || (r.IsLoopback && uri.IsLoopback)));
}

/// <summary>
/// The relying parties, from configuration <c>RelyingParties:{clientId}:RedirectUris:{n}</c> and
/// <c>…:PostLogoutRedirectUris:{n}</c> (the AppHost registers the web portal, reached through the gateway and
/// directly). A redirect URI must be HTTPS, or HTTP on this machine.
/// </summary>
public sealed class RelyingParties
{
    private readonly Dictionary<string, RelyingParty> _parties;

    private RelyingParties(Dictionary<string, RelyingParty> parties) => _parties = parties;

    public IReadOnlyCollection<string> Names => _parties.Keys;

    public static RelyingParties From(IConfiguration configuration)
    {
        var parties = new Dictionary<string, RelyingParty>(StringComparer.Ordinal);
        foreach (var party in configuration.GetSection("RelyingParties").GetChildren())
        {
            parties[party.Key] = new RelyingParty(party.Key, Uris(party, "RedirectUris"), Uris(party, "PostLogoutRedirectUris"));
        }

        return new RelyingParties(parties);
    }

    public RelyingParty? Find(string? clientId) => clientId is not null && _parties.TryGetValue(clientId, out var party) ? party : null;

    private static List<Uri> Uris(IConfigurationSection party, string key) =>
        party.GetSection(key).GetChildren().Select(c => c.Value).OfType<string>().Select(value =>
        {
            if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || !(uri.Scheme == Uri.UriSchemeHttps || (uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback)))
            {
                throw new InvalidOperationException($"RelyingParties:{party.Key}:{key}: '{value}' must be an absolute HTTPS URI, or HTTP on loopback.");
            }

            return uri;
        }).ToList();
}
