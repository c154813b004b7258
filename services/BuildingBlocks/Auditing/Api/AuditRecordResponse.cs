namespace LandPlatform.Auditing.Api;

public sealed record AuditRecordResponse(
    long Sequence,
    DateTimeOffset RecordedAt,
    string PersonId,
    string ActorName,
    string Bureau,
    string Role,
    string? Uscc,
    string? CallingService,
    string Operation,
    string? ResourceType,
    string? ResourceId,
    string? BeforeSummary,
    string? AfterSummary,
    string? TraceId,
    string Outcome,
    string Source,
    string PreviousHash,
    string Hash)
{
    public static AuditRecordResponse From(AuditRecord r) => new(
        r.Sequence, new DateTimeOffset(r.RecordedAt, TimeSpan.Zero), r.PersonId, r.ActorName, r.Bureau, r.Role, r.Uscc,
        r.CallingService, r.Operation, r.ResourceType, r.ResourceId, r.BeforeSummary, r.AfterSummary, r.TraceId,
        r.Outcome, r.Source, r.PreviousHash, r.Hash);
}

public sealed record AuditPage(IReadOnlyList<AuditRecordResponse> Items, int Page, int PageSize, int Total);
