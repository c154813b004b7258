using System.Text.Json.Nodes;
using LandPlatform.Reporting.Domain;

namespace LandPlatform.Reporting.Api.Contracts;

/// <summary>An operator's correction of a rejected record: the fields to change (names as the record carries them) and why.</summary>
public sealed record CorrectionRequest(JsonObject? Fields, string? Note);

public sealed record LedgerRecordResponse(
    long Id,
    string IdempotencyKey,
    string Kind,
    int SchemaVersion,
    string ParcelCode,
    DateTimeOffset FactOccurredAt,
    string State,
    int Revision,
    int Attempts,
    DateTimeOffset? NextAttemptAt,
    string? ReceiptNumber,
    string? RejectionReason,
    string? LastError,
    DateTimeOffset CreatedAt,
    DateTimeOffset? DeliveredAt,
    string? ChangedBy,
    DateTimeOffset? ChangedAt,
    JsonNode? Data)
{
    public static LedgerRecordResponse From(UpwardRecord r) => new(
        r.Id, r.IdempotencyKey, r.Kind, r.SchemaVersion, r.ParcelCode, r.FactOccurredAt, r.State.ToString(), r.Revision, r.Attempts,
        r.State == DeliveryState.Pending ? r.NextAttemptAt : null, r.ReceiptNumber, r.RejectionReason, r.LastError, r.CreatedAt,
        r.DeliveredAt, r.ChangedBy, r.ChangedAt, JsonNode.Parse(r.Data));
}

public sealed record LedgerCountsResponse(int Pending, int Delivered, int Rejected, int Parked);
