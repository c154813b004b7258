using System.Collections.Concurrent;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace LandPlatform.Gateway.Protection;

/// <summary>
/// Validates a bearer token fully (signature, issuer, audience, lifetime, algorithm) the first time the gateway
/// sees it, then remembers the result for a short while, so a user's next requests skip the signature check and
/// the JSON parsing (issue 15: per request the gateway validated the same token again and again). Keyed by the whole
/// token string, signature included, so only the very same token hits; never remembered past the token's own
/// expiry; only successes are kept. A signing key withdrawn by the issuer stops accepting its tokens here at most
/// <see cref="Lifetime"/> later; the services still validate every request themselves.
/// </summary>
internal sealed class RecentlyValidatedTokens(TimeProvider time) : JsonWebTokenHandler
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);

    /// <summary>Enough for every user of the platform at once; beyond it the memory is cleared, never grown.</summary>
    private const int Capacity = 10_000;

    private readonly ConcurrentDictionary<string, Remembered> _validated = new(StringComparer.Ordinal);

    public override async Task<TokenValidationResult> ValidateTokenAsync(string token, TokenValidationParameters validationParameters)
    {
        var now = time.GetUtcNow().UtcDateTime;
        if (token is not null && _validated.TryGetValue(token, out var remembered))
        {
            if (now < remembered.Until)
            {
                return remembered.Fresh();
            }

            _validated.TryRemove(token, out _);
        }

        var result = await base.ValidateTokenAsync(token, validationParameters);
        if (result.IsValid && token is not null && result.SecurityToken is { } validated)
        {
            if (_validated.Count >= Capacity)
            {
                _validated.Clear();
            }

            var until = now + Lifetime;
            _validated[token] = new Remembered(result, validated.ValidTo < until ? validated.ValidTo : until);
        }

        return result;
    }

    private sealed record Remembered(TokenValidationResult Result, DateTime Until)
    {
        /// <summary>A result of its own per request: the identity is copied, so no request sees another's changes.</summary>
        public TokenValidationResult Fresh() => new()
        {
            IsValid = true,
            ClaimsIdentity = Result.ClaimsIdentity.Clone(),
            SecurityToken = Result.SecurityToken,
            Issuer = Result.Issuer,
            TokenType = Result.TokenType,
            TokenContext = Result.TokenContext,
        };
    }
}
