using System.Text.Json.Serialization;

namespace LandPlatform.DevTokenIssuer.Tokens;

/// <summary>A successful token response (RFC 6749 §5.1).</summary>
public sealed record TokenResponse(
    [property: JsonPropertyName("access_token")] string AccessToken,
    [property: JsonPropertyName("token_type")] string TokenType,
    [property: JsonPropertyName("expires_in")] int ExpiresIn)
{
    /// <summary>The ID token of an authorization code exchange (OpenID Connect Core 1.0 §3.1.3.3); absent otherwise.</summary>
    [JsonPropertyName("id_token")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? IdToken { get; init; }
}

/// <summary>An error response (RFC 6749 §5.2): <c>invalid_request</c>, <c>invalid_client</c>, <c>invalid_grant</c>, <c>unsupported_grant_type</c>.</summary>
public sealed record TokenError(
    [property: JsonPropertyName("error")] string Error,
    [property: JsonPropertyName("error_description")] string Description);
