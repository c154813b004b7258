using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace LandPlatform.ServiceDefaults.Security;

/// <summary>
/// This service's access token for calling other services: client credentials (RFC 6749 §4.4) at
/// the token endpoint named by the identity provider's discovery document, cached and shared by
/// every outgoing call until shortly before it expires.
/// </summary>
public sealed class ServiceTokenProvider(
    IHttpClientFactory httpClients, IConfiguration configuration, TimeProvider clock, ILogger<ServiceTokenProvider> logger)
{
    public const string HttpClientName = "LandPlatform.Identity";

    // Refresh this long before expiry, so a token never expires between being attached and being checked.
    private static readonly TimeSpan RefreshMargin = TimeSpan.FromSeconds(60);

    private readonly SemaphoreSlim _gate = new(1, 1);
    private ServiceIdentityOptions? _options;
    private Uri? _tokenEndpoint;
    private CachedToken? _token;

    private sealed record CachedToken(string Value, DateTimeOffset RefreshAt);

    public async ValueTask<string> GetTokenAsync(CancellationToken cancellationToken)
    {
        if (_token is { } current && clock.GetUtcNow() < current.RefreshAt)
        {
            return current.Value;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_token is { } fresh && clock.GetUtcNow() < fresh.RefreshAt)
            {
                return fresh.Value;
            }

            _options ??= ServiceIdentityOptions.From(configuration);
            _tokenEndpoint ??= await DiscoverTokenEndpointAsync(_options.Authority, cancellationToken);
            _token = await RequestTokenAsync(_options, _tokenEndpoint, cancellationToken);
            return _token.Value;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Forget <paramref name="token"/> (a callee refused it: revoked key, rotated secret) so the next call fetches another.</summary>
    public void Invalidate(string token, string? target)
    {
        var current = _token;
        if (current is not null && current.Value == token && Interlocked.CompareExchange(ref _token, null, current) == current)
        {
            SecurityLog.ServiceTokenRefused(logger, _options?.ClientId ?? "?", target);
        }
    }

    private async Task<Uri> DiscoverTokenEndpointAsync(Uri authority, CancellationToken cancellationToken)
    {
        var discovery = new Uri(IdentityAuthority.RequireSecure(authority).ToString().TrimEnd('/') + "/.well-known/openid-configuration");
        try
        {
            using var response = await httpClients.CreateClient(HttpClientName).GetAsync(discovery, cancellationToken);
            response.EnsureSuccessStatusCode();
            using var document = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(cancellationToken), cancellationToken: cancellationToken);
            var value = document.RootElement.TryGetProperty("token_endpoint", out var endpoint) ? endpoint.GetString() : null;
            return value is not null && Uri.TryCreate(value, UriKind.Absolute, out var uri)
                ? IdentityAuthority.RequireSecure(uri)
                : throw new ServiceTokenUnavailableException($"The discovery document at {discovery} names no token_endpoint.");
        }
        catch (ServiceTokenUnavailableException)
        {
            throw;
        }
        catch (Exception ex) when (ex is HttpRequestException or JsonException)
        {
            throw new ServiceTokenUnavailableException($"The identity provider's discovery document at {discovery} could not be read.", ex);
        }
    }

    private async Task<CachedToken> RequestTokenAsync(ServiceIdentityOptions options, Uri tokenEndpoint, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, tokenEndpoint)
        {
            Content = new FormUrlEncodedContent([new("grant_type", "client_credentials")]),
        };
        // client_secret_basic (RFC 6749 §2.3.1): id and secret are form-encoded before base64.
        var basic = Uri.EscapeDataString(options.ClientId) + ":" + Uri.EscapeDataString(options.ClientSecret);
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(basic)));

        var issuedAt = clock.GetUtcNow();
        try
        {
            using var response = await httpClients.CreateClient(HttpClientName).SendAsync(request, cancellationToken);
            using var document = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(cancellationToken), cancellationToken: cancellationToken);
            var root = document.RootElement;
            if (!response.IsSuccessStatusCode)
            {
                var error = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("error", out var e) ? e.GetString() : null;
                throw new ServiceTokenUnavailableException(
                    $"The identity provider refused client '{options.ClientId}': {(int)response.StatusCode} {error}.");
            }

            var token = root.GetProperty("access_token").GetString()
                ?? throw new ServiceTokenUnavailableException("The token response has no access_token.");
            var lifetime = TimeSpan.FromSeconds(root.TryGetProperty("expires_in", out var expiresIn) ? expiresIn.GetInt32() : 300);
            var margin = lifetime > RefreshMargin * 4 ? RefreshMargin : lifetime / 4;
            SecurityLog.ServiceTokenAcquired(logger, options.ClientId, issuedAt + lifetime);
            return new CachedToken(token, issuedAt + lifetime - margin);
        }
        catch (ServiceTokenUnavailableException)
        {
            throw;
        }
        catch (Exception ex) when (ex is HttpRequestException or JsonException or KeyNotFoundException or InvalidOperationException)
        {
            throw new ServiceTokenUnavailableException($"No token could be obtained from {tokenEndpoint} for client '{options.ClientId}'.", ex);
        }
    }
}
