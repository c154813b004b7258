namespace LandPlatform.Web.Api;

// What the portal reads of reporting's delivery ledger (services/Reporting/Api/Contracts).
public sealed record LedgerRecord(
    long Id, string IdempotencyKey, string Kind, string ParcelCode, DateTimeOffset FactOccurredAt, string State, int Revision, int Attempts,
    DateTimeOffset? NextAttemptAt, string? ReceiptNumber, string? RejectionReason, string? LastError, DateTimeOffset CreatedAt,
    DateTimeOffset? DeliveredAt, string? ChangedBy, DateTimeOffset? ChangedAt);

public sealed record LedgerCounts(int Pending, int Delivered, int Rejected, int Parked);
