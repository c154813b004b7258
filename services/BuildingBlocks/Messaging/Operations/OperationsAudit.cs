using LandPlatform.Auditing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LandPlatform.Messaging.Operations;

/// <summary>
/// Records operators' actions in the service's audit trail when the service keeps one (Messaging does not require
/// it). Drafts ride on the caller's SaveChanges, so a release and its record commit together.
/// </summary>
internal sealed class OperationsAudit<TDbContext>(IServiceProvider services, TDbContext db)
    where TDbContext : DbContext
{
    public const string ReleaseOperation = "operations.messages.outbox.release";
    public const string ReplayOperation = "operations.messages.error-queue.replay";

    private IAuditTrail? Trail => services.GetService<IAuditTrail>();

    /// <summary>Adds the record to the request's DbContext; the caller's SaveChanges commits it.</summary>
    public void Draft(AuditEntry entry) => Trail?.Record(entry);

    /// <summary>For actions with no database change of their own (a replay moves broker messages only).</summary>
    public async Task RecordAsync(AuditEntry entry, CancellationToken cancellationToken)
    {
        if (Trail is not { } trail)
        {
            return;
        }

        trail.Record(entry);
        await db.SaveChangesAsync(cancellationToken);
    }
}
