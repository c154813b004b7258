namespace LandPlatform.Auditing.Api;

/// <summary>
/// The auditors' filters; all optional and combined with AND. <c>actor</c> is the person id
/// (or <c>service:&lt;name&gt;</c>); <c>outcome</c> matches exactly or by kind (<c>rejected</c> matches
/// <c>rejected:400</c>); <c>from</c> is inclusive, <c>to</c> exclusive.
/// </summary>
public sealed record AuditQuery(
    string? Actor,
    string? Operation,
    string? ResourceType,
    string? ResourceId,
    string? Outcome,
    DateTimeOffset? From,
    DateTimeOffset? To,
    int? Page,
    int? PageSize)
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 200;

    internal Dictionary<string, string[]> Validate()
    {
        var errors = new Dictionary<string, string[]>();
        if (Page < 1)
        {
            errors["page"] = ["page starts at 1."];
        }

        if (PageSize is < 1 or > MaxPageSize)
        {
            errors["pageSize"] = [$"pageSize is between 1 and {MaxPageSize}."];
        }

        if (From > To)
        {
            errors["from"] = ["from must not be after to."];
        }

        return errors;
    }

    internal IQueryable<AuditRecord> Apply(IQueryable<AuditRecord> records)
    {
        if (Actor is { Length: > 0 } actor)
        {
            records = records.Where(r => r.PersonId == actor);
        }

        if (Operation is { Length: > 0 } operation)
        {
            records = records.Where(r => r.Operation == operation);
        }

        if (ResourceType is { Length: > 0 } type)
        {
            records = records.Where(r => r.ResourceType == type);
        }

        if (ResourceId is { Length: > 0 } id)
        {
            records = records.Where(r => r.ResourceId == id);
        }

        if (Outcome is { Length: > 0 } outcome)
        {
            var kind = outcome + ":";
            records = records.Where(r => r.Outcome == outcome || r.Outcome.StartsWith(kind));
        }

        if (From is { } from)
        {
            var utc = from.UtcDateTime;
            records = records.Where(r => r.RecordedAt >= utc);
        }

        if (To is { } to)
        {
            var utc = to.UtcDateTime;
            records = records.Where(r => r.RecordedAt < utc);
        }

        return records;
    }
}
