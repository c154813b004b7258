using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using LandPlatform.DevTokenIssuer.Users;
using Microsoft.IdentityModel.Tokens;

namespace LandPlatform.DevTokenIssuer.Authorization;

/// <summary>What a code stands for: who signed in, for which client and redirect, with which PKCE challenge and nonce.</summary>
public sealed record AuthorizationGrant(DevUser User, string ClientId, string RedirectUri, string CodeChallenge, string? Nonce, DateTimeOffset ExpiresAt);

/// <summary>
/// Authorization codes, kept in memory only: single use and valid for one minute (RFC 6749 §4.1.2 recommends at most
/// ten), redeemed only with the verifier whose S256 hash was the challenge (RFC 7636 §4.6).
/// </summary>
public sealed class AuthorizationCodes(TimeProvider clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(1);

    private readonly ConcurrentDictionary<string, AuthorizationGrant> _grants = new(StringComparer.Ordinal);

    public string Issue(DevUser user, string clientId, string redirectUri, string codeChallenge, string? nonce)
    {
        foreach (var expired in _grants.Where(g => g.Value.ExpiresAt <= clock.GetUtcNow()).Select(g => g.Key).ToList())
        {
            _grants.TryRemove(expired, out _);
        }

        var code = Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(32));
        _grants[code] = new AuthorizationGrant(user, clientId, redirectUri, codeChallenge, nonce, clock.GetUtcNow() + Lifetime);
        return code;
    }

    /// <summary>The grant, removed whatever the outcome (a code is tried once), or the reason it cannot be redeemed.</summary>
    public (AuthorizationGrant? Grant, string? Problem) Redeem(string? code, string? clientId, string? redirectUri, string? verifier)
    {
        if (string.IsNullOrEmpty(code) || !_grants.TryRemove(code, out var grant))
        {
            return (null, "Unknown or already used authorization code.");
        }

        if (grant.ExpiresAt <= clock.GetUtcNow())
        {
            return (null, "The authorization code has expired.");
        }

        if (grant.ClientId != clientId || grant.RedirectUri != redirectUri)
        {
            return (null, "The code was issued to another client or redirect_uri.");
        }

        if (string.IsNullOrEmpty(verifier) || !CryptographicOperations.FixedTimeEquals(
                Encoding.ASCII.GetBytes(Base64UrlEncoder.Encode(SHA256.HashData(Encoding.ASCII.GetBytes(verifier)))),
                Encoding.ASCII.GetBytes(grant.CodeChallenge)))
        {
            return (null, "code_verifier does not match the code_challenge (PKCE, S256).");
        }

        return (grant, null);
    }
}
