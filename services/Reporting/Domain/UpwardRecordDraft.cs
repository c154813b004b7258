using System.Text.Json.Nodes;

namespace LandPlatform.Reporting.Domain;

/// <summary>A record built from a fact, before it enters the ledger.</summary>
public sealed record UpwardRecordDraft(
    string IdempotencyKey,
    string Kind,
    int SchemaVersion,
    string ParcelCode,
    DateTimeOffset FactOccurredAt,
    JsonObject Data);
