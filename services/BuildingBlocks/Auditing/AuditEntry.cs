namespace LandPlatform.Auditing;

/// <summary>
/// What an endpoint did: e.g. <c>new AuditEntry("credit.listing.record", "listing", id, After: json)</c>.
/// Before/After are short JSON summaries (see <see cref="AuditSummary"/>), not whole documents.
/// </summary>
public sealed record AuditEntry(
    string Operation,
    string? ResourceType,
    string? ResourceId,
    string? Before = null,
    string? After = null,
    string Outcome = AuditOutcome.Succeeded);
