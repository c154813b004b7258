namespace LandPlatform.ProvincialPlatform.Store;

/// <summary>An accepted record, once per sending district and idempotency key, with the receipt it was given.</summary>
public sealed class StoredRecord
{
    public long Id { get; set; }

    public string IdempotencyKey { get; set; } = null!;

    public string ReceiptNumber { get; set; } = null!;

    public string DistrictCode { get; set; } = null!;

    public string Kind { get; set; } = null!;

    public string ParcelCode { get; set; } = null!;

    public int SchemaVersion { get; set; }

    public int Revision { get; set; }

    public DateTimeOffset OccurredAt { get; set; }

    public DateTimeOffset ReceivedAt { get; set; }

    public string Body { get; set; } = null!;

    /// <summary>How many times the same record came again and was answered with its receipt.</summary>
    public int Repeats { get; set; }
}
