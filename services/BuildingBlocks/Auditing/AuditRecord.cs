namespace LandPlatform.Auditing;

/// <summary>
/// One append-only audit record. A record is drafted by <see cref="IAuditTrail"/> and sealed at
/// save time (Sequence, RecordedAt, PreviousHash, Hash) by the chain interceptor, under the chain
/// lock, so the order of the chain is the order of commits.
/// </summary>
public sealed class AuditRecord
{
    // Lengths bound what an insert can carry on PostgreSQL (varchar); values are cut before hashing.
    internal const int ShortText = 200;
    internal const int LongText = 500;

    private static long _drafts;

    private AuditRecord()
    {
    }

    /// <summary>Surrogate key: the Sequence is only known at save time, after EF tracks the record.</summary>
    public Guid Id { get; private set; }

    public long Sequence { get; internal set; }

    public DateTime RecordedAt { get; internal set; }

    public string PersonId { get; private set; } = "";

    public string ActorName { get; private set; } = "";

    public string Bureau { get; private set; } = "";

    public string Role { get; private set; } = "";

    public string? Uscc { get; private set; }

    public string? CallingService { get; private set; }

    public string Operation { get; private set; } = "";

    public string? ResourceType { get; private set; }

    public string? ResourceId { get; private set; }

    public string? BeforeSummary { get; private set; }

    public string? AfterSummary { get; private set; }

    public string? TraceId { get; private set; }

    public string Outcome { get; private set; } = "";

    public string Source { get; private set; } = "";

    public string PreviousHash { get; internal set; } = "";

    public string Hash { get; internal set; } = "";

    /// <summary>Order of drafting within a process, so several records of one SaveChanges chain in the order recorded.</summary>
    internal long DraftOrder { get; private set; }

    /// <summary>Set when the transaction that inserted this record committed; not stored.</summary>
    internal bool Committed { get; set; }

    internal static AuditRecord Draft(AuditActor actor, AuditEntry entry, string? traceId, string source) => new()
    {
        Id = Guid.NewGuid(),
        PersonId = Cut(actor.PersonId, ShortText),
        ActorName = Cut(actor.Name, ShortText),
        Bureau = Cut(actor.Bureau, ShortText),
        Role = Cut(actor.Role, ShortText),
        Uscc = CutOrNull(actor.Uscc, ShortText),
        CallingService = CutOrNull(actor.CallingService, ShortText),
        Operation = Cut(entry.Operation, LongText),
        ResourceType = CutOrNull(entry.ResourceType, ShortText),
        ResourceId = CutOrNull(entry.ResourceId, ShortText),
        BeforeSummary = entry.Before,
        AfterSummary = entry.After,
        TraceId = CutOrNull(traceId, ShortText),
        Outcome = Cut(entry.Outcome, ShortText),
        Source = Cut(source, LongText),
        DraftOrder = Interlocked.Increment(ref _drafts),
    };

    private static string Cut(string value, int max) => value.Length <= max ? value : value[..max];

    private static string? CutOrNull(string? value, int max) => value is null ? null : Cut(value, max);
}
