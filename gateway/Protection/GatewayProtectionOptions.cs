namespace LandPlatform.Gateway.Protection;

/// <summary>What the gateway lets through (configuration section <c>Gateway</c>, beside the routing options).</summary>
public sealed class GatewayProtectionOptions
{
    /// <summary>The platform's own web origin (e.g. <c>https://land.example.gov.cn</c>); the only origin CORS admits. None when unset.</summary>
    public string? WebOrigin { get; set; }

    /// <summary>
    /// Path prefixes anyone may read without logging in: the public blacklist disclosure and the
    /// disclosure of supplied parcels and their compliance (信息公开, seed 000 五（二）, 001 四（二）).
    /// Health endpoints are always public.
    /// </summary>
    public List<string> PublicPaths { get; set; } = ["/api/credit/public", "/api/monitoring/public"];

    public WriteRateLimitOptions RateLimit { get; set; } = new();
}

/// <summary>
/// Limits on writes (POST/PUT/PATCH/DELETE). Reads are not limited here: they change nothing and
/// the public disclosure must stay readable. The limits are generous for a clerk's pace and stop
/// a runaway script or a stolen token from flooding a bureau's records.
/// </summary>
public sealed class WriteRateLimitOptions
{
    public int WritesPerUser { get; set; } = 60;

    /// <summary>Higher than per user: several clerks of one office may share an address.</summary>
    public int WritesPerAddress { get; set; } = 300;

    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);
}
