namespace LandPlatform.ProvincialPlatform;

/// <summary>The districts the platform knows and their credentials (configuration section <c>Simulator</c>).</summary>
public sealed class SimulatorOptions
{
    public const string SectionName = "Simulator";

    /// <summary>By 行政区划代码.</summary>
    public Dictionary<string, DistrictCredentials> Districts { get; set; } = new(StringComparer.Ordinal);

    /// <summary>A signed timestamp further than this from the platform's clock is refused (a replayed capture).</summary>
    public TimeSpan TimestampTolerance { get; set; } = TimeSpan.FromMinutes(15);
}

public sealed class DistrictCredentials
{
    public string? HmacSecret { get; set; }

    /// <summary>The district's SM2 public key, hex (uncompressed point).</summary>
    public string? Sm2PublicKey { get; set; }
}
