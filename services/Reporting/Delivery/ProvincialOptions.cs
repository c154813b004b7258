using LandPlatform.ProvincialProtocol;

namespace LandPlatform.Reporting.Delivery;

/// <summary>
/// Where the provincial platform listens and how this district signs (configuration section
/// <c>Reporting:Provincial</c>; the AppHost hands the simulator's address and the district's credentials in).
/// </summary>
public sealed class ProvincialOptions
{
    public const string SectionName = "Reporting:Provincial";

    public Uri? Endpoint { get; set; }

    /// <summary>The district's 行政区划代码, which the platform knows the sender by.</summary>
    public string DistrictCode { get; set; } = string.Empty;

    public string DistrictName { get; set; } = string.Empty;

    /// <summary><see cref="RecordSignature.HmacSha256"/> (default) or <see cref="RecordSignature.Sm3WithSm2"/>.</summary>
    public string Algorithm { get; set; } = RecordSignature.HmacSha256;

    /// <summary>The shared secret the province issued to the district (HMAC-SHA256).</summary>
    public string? HmacSecret { get; set; }

    /// <summary>The district's SM2 private key, hex (SM3withSM2); the province holds the public key.</summary>
    public string? Sm2PrivateKey { get; set; }

    public void Validate()
    {
        var problems = new List<string>();
        if (Endpoint is null)
        {
            problems.Add("Endpoint");
        }

        if (string.IsNullOrWhiteSpace(DistrictCode))
        {
            problems.Add("DistrictCode");
        }

        if (!RecordSignature.IsKnown(Algorithm))
        {
            problems.Add($"Algorithm ({RecordSignature.HmacSha256} or {RecordSignature.Sm3WithSm2})");
        }
        else if (Algorithm == RecordSignature.HmacSha256 && string.IsNullOrEmpty(HmacSecret))
        {
            problems.Add("HmacSecret");
        }
        else if (Algorithm == RecordSignature.Sm3WithSm2 && string.IsNullOrEmpty(Sm2PrivateKey))
        {
            problems.Add("Sm2PrivateKey");
        }

        if (problems.Count > 0)
        {
            throw new InvalidOperationException($"{SectionName} is missing or invalid: {string.Join(", ", problems)}.");
        }
    }
}
