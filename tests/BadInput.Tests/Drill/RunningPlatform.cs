using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;

namespace LandPlatform.BadInput.Tests.Drill;

/// <summary>
/// A platform already running (scripts/drill-bad-input.sh): the gateway's URL from BADINPUT_GATEWAY, the
/// development issuer's from BADINPUT_ISSUER (default: the gateway's port + 1, as the AppHost places it).
/// </summary>
public static class RunningPlatform
{
    public static Uri? Gateway =>
        Environment.GetEnvironmentVariable("BADINPUT_GATEWAY") is { Length: > 0 } url ? new Uri(url.TrimEnd('/')) : null;

    public static Uri Issuer =>
        Environment.GetEnvironmentVariable("BADINPUT_ISSUER") is { Length: > 0 } url
            ? new Uri(url.TrimEnd('/'))
            : new UriBuilder(Gateway ?? throw new InvalidOperationException("BADINPUT_GATEWAY is not set")) { Port = Gateway!.Port + 1 }.Uri;

    /// <summary>The gateway's body limit (Gateway:MaxRequestBodyBytes, 1 MiB unless BADINPUT_MAX_BODY says otherwise).</summary>
    public static long MaxRequestBodyBytes =>
        long.TryParse(Environment.GetEnvironmentVariable("BADINPUT_MAX_BODY"), NumberStyles.None, CultureInfo.InvariantCulture, out var bytes) ? bytes : 1024 * 1024;

    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(30) };

    /// <summary>A seeded person's token from the running issuer (the development password).</summary>
    public static async Task<string> PersonTokenAsync(string user)
    {
        using var response = await Http.PostAsync(new Uri(Issuer, "/connect/token"), new FormUrlEncodedContent(
            [KeyValuePair.Create("grant_type", "password"), KeyValuePair.Create("username", user), KeyValuePair.Create("password", "dev")]));
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("access_token").GetString()!;
    }
}

/// <summary>Runs only against a running platform (BADINPUT_GATEWAY set, as scripts/drill-bad-input.sh does).</summary>
public sealed class RunningPlatformFactAttribute : FactAttribute
{
    public RunningPlatformFactAttribute()
    {
        if (RunningPlatform.Gateway is null)
        {
            Skip = "drills a running platform: scripts/drill-bad-input.sh sets BADINPUT_GATEWAY";
        }
    }
}
