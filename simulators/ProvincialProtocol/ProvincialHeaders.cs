namespace LandPlatform.ProvincialProtocol;

/// <summary>The headers that identify and authenticate the sending district.</summary>
public static class ProvincialHeaders
{
    public const string District = "X-Provincial-District";
    public const string Timestamp = "X-Provincial-Timestamp";
    public const string IdempotencyKey = "X-Provincial-Idempotency-Key";
    public const string Algorithm = "X-Provincial-Signature-Algorithm";
    public const string Signature = "X-Provincial-Signature";

    /// <summary>Where records are posted, relative to the platform's base address.</summary>
    public const string RecordsPath = "api/records";
}
