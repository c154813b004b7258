using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace LandPlatform.ProvincialProtocol;

/// <summary>
/// What is signed: the district code, the timestamp, the idempotency key and the exact body bytes, each line
/// separated by '\n'. Binding the key and the timestamp into the signature stops a captured body being replayed under
/// another key, and a receiver can refuse stale timestamps.
/// </summary>
public static class RecordSignature
{
    public const string HmacSha256 = "HMAC-SHA256";

    /// <summary>SM2 signature over an SM3 digest (GB/T 32918.2, GB/T 32905), the 国密 option GB/T 39786 asks for.</summary>
    public const string Sm3WithSm2 = "SM3withSM2";

    public static bool IsKnown(string? algorithm) => algorithm is HmacSha256 or Sm3WithSm2;

    public static byte[] SignedBytes(string district, DateTimeOffset timestamp, string idempotencyKey, ReadOnlySpan<byte> body)
    {
        var head = Encoding.UTF8.GetBytes($"{district}\n{FormatTimestamp(timestamp)}\n{idempotencyKey}\n");
        var bytes = new byte[head.Length + body.Length];
        head.CopyTo(bytes, 0);
        body.CopyTo(bytes.AsSpan(head.Length));
        return bytes;
    }

    public static string FormatTimestamp(DateTimeOffset timestamp) =>
        timestamp.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    public static bool TryParseTimestamp(string? text, out DateTimeOffset timestamp) =>
        DateTimeOffset.TryParseExact(text, "yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out timestamp);

    public static string SignHmac(byte[] key, byte[] signed) => Convert.ToBase64String(HMACSHA256.HashData(key, signed));

    public static bool VerifyHmac(byte[] key, byte[] signed, string? signature)
    {
        var expected = HMACSHA256.HashData(key, signed);
        return TryFromBase64(signature, out var given) && CryptographicOperations.FixedTimeEquals(expected, given);
    }

    internal static bool TryFromBase64(string? text, out byte[] bytes)
    {
        bytes = [];
        if (string.IsNullOrEmpty(text))
        {
            return false;
        }

        try
        {
            bytes = Convert.FromBase64String(text);
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
