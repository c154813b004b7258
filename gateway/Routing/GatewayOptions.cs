namespace LandPlatform.Gateway.Routing;

/// <summary>Limits on what the gateway forwards (configuration section <c>Gateway</c>).</summary>
public sealed class GatewayOptions
{
    /// <summary>
    /// How long the gateway waits for a service to answer (and, once it answers, for each next part
    /// of the exchange) before the caller gets 504.
    /// </summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// The largest request body forwarded. The platform's requests are forms and indicator reports,
    /// not file uploads, so 1 MiB leaves ample room and stops oversized bodies at the edge.
    /// </summary>
    public long MaxRequestBodyBytes { get; set; } = 1024 * 1024;

    /// <summary>How often each destination's <c>/health</c> is probed.</summary>
    public TimeSpan HealthProbeInterval { get; set; } = TimeSpan.FromSeconds(5);
}
