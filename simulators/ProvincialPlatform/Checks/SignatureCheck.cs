using System.Text;
using LandPlatform.ProvincialProtocol;
using Microsoft.Extensions.Options;

namespace LandPlatform.ProvincialPlatform.Checks;

/// <summary>Who sent the record: a known district whose signature over the exact bytes verifies, with a fresh timestamp.</summary>
public sealed class SignatureCheck(IOptions<SimulatorOptions> options, TimeProvider clock)
{
    /// <returns>Null when the sender is verified, else why not.</returns>
    public string? Refusal(IHeaderDictionary headers, byte[] body)
    {
        ArgumentNullException.ThrowIfNull(headers);
        var district = headers[ProvincialHeaders.District].ToString();
        if (!options.Value.Districts.TryGetValue(district, out var credentials))
        {
            return $"Unknown district '{district}'.";
        }

        if (!RecordSignature.TryParseTimestamp(headers[ProvincialHeaders.Timestamp].ToString(), out var timestamp))
        {
            return $"{ProvincialHeaders.Timestamp} is missing or not yyyy-MM-ddTHH:mm:ss.fffZ.";
        }

        if ((clock.GetUtcNow() - timestamp).Duration() > options.Value.TimestampTolerance)
        {
            return $"The signed timestamp {timestamp:O} is outside the accepted window.";
        }

        var signed = RecordSignature.SignedBytes(district, timestamp, headers[ProvincialHeaders.IdempotencyKey].ToString(), body);
        var signature = headers[ProvincialHeaders.Signature].ToString();
        var verified = headers[ProvincialHeaders.Algorithm].ToString() switch
        {
            RecordSignature.HmacSha256 when credentials.HmacSecret is { Length: > 0 } secret =>
                RecordSignature.VerifyHmac(Encoding.UTF8.GetBytes(secret), signed, signature),
            RecordSignature.Sm3WithSm2 when credentials.Sm2PublicKey is { Length: > 0 } key => Sm2Keys.Verify(key, signed, signature),
            var other => false,
        };
        return verified ? null : "The signature does not verify for this district, algorithm and body.";
    }
}
