using System.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;

namespace LandPlatform.Auditing;

internal sealed class AuditTrail(IServiceProvider services, AuditContextType contextType, IHttpContextAccessor http) : IAuditTrail
{
    private readonly List<AuditRecord> _drafted = [];
    private DbContext? _db;

    private DbContext Db => _db ??= contextType.Resolve(services);

    /// <summary>True when a record drafted here has been committed: the middleware then adds nothing.</summary>
    public bool HasCommitted => _drafted.Any(r => r.Committed);

    /// <summary>Drafted but never committed (not saved, or the save failed).</summary>
    public bool HasUncommitted => _drafted.Any(r => !r.Committed);

    public void Record(AuditEntry entry)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(entry.Operation);
        var context = http.HttpContext;
        Add(AuditRecord.Draft(AuditActor.From(context?.User), entry, CurrentTraceId(), context is null ? "internal" : "http"));
    }

    public void RecordConsumed(string messageType, string messageId, string operation, string? resourceType, string? resourceId, string? after, string? publisher = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(messageType);
        ArgumentException.ThrowIfNullOrWhiteSpace(messageId);
        var entry = new AuditEntry(operation, resourceType, resourceId, After: after);
        Add(AuditRecord.Draft(AuditActor.ForMessage(publisher), entry, CurrentTraceId(), $"message:{messageType}:{messageId}"));
    }

    internal static string? CurrentTraceId() =>
        Activity.Current is { TraceId: var id } && id != default ? id.ToHexString() : null;

    private void Add(AuditRecord record)
    {
        Db.Add(record);
        _drafted.Add(record);
    }
}
