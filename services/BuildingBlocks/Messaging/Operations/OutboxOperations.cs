using LandPlatform.Auditing;
using LandPlatform.Messaging.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace LandPlatform.Messaging.Operations;

/// <summary>The outbox rows an operator acts on: those not yet delivered.</summary>
public interface IOutboxOperations
{
    /// <summary>Unsent rows, newest first; <paramref name="state"/> null lists parked and pending together.</summary>
    Task<OutboxPage> ListAsync(OutboxState? state, int page, int pageSize, CancellationToken cancellationToken);

    /// <summary>Gives a parked row a fresh set of attempts and wakes the dispatcher.</summary>
    Task<OutboxReleaseResult> ReleaseAsync(long id, CancellationToken cancellationToken);
}

internal sealed partial class OutboxOperations<TDbContext>(
    TDbContext db,
    OutboxSignal signal,
    OperationsAudit<TDbContext> audit,
    ILogger<OutboxOperations<TDbContext>> logger) : IOutboxOperations
    where TDbContext : DbContext
{
    public async Task<OutboxPage> ListAsync(OutboxState? state, int page, int pageSize, CancellationToken cancellationToken)
    {
        var rows = db.Set<OutboxMessage>().AsNoTracking().Where(m => m.SentAt == null);
        rows = state switch
        {
            OutboxState.Parked => rows.Where(m => m.ParkedAt != null),
            OutboxState.Pending => rows.Where(m => m.ParkedAt == null),
            _ => rows,
        };

        var total = await rows.CountAsync(cancellationToken);
        // Id follows commit order, so descending Id is "newest first" without comparing timestamps.
        var items = await rows.OrderByDescending(m => m.Id)
            .Skip((page - 1) * pageSize)
            .Take(pageSize)
            .ToListAsync(cancellationToken);
        return new OutboxPage([.. items.Select(OutboxEntry.From)], page, pageSize, total);
    }

    public async Task<OutboxReleaseResult> ReleaseAsync(long id, CancellationToken cancellationToken)
    {
        var row = await db.Set<OutboxMessage>().SingleOrDefaultAsync(m => m.Id == id, cancellationToken);
        if (row is null)
        {
            return OutboxReleaseResult.NotFound;
        }

        if (row.ParkedAt is null)
        {
            return new OutboxReleaseResult(OutboxReleaseStatus.NotParked, Row: OutboxEntry.From(row));
        }

        var wasParked = OutboxEntry.From(row);
        row.ParkedAt = null;
        // A full new budget: the operator released it because the cause was fixed (a deploy, a config change).
        row.Attempts = 0;
        row.NextAttemptAt = null;
        // LastError stays until the next delivery clears it, so the listing still says why the row was parked.
        var released = new OutboxRelease(OutboxEntry.From(row), wasParked);
        audit.Draft(new AuditEntry(
            OperationsAudit<TDbContext>.ReleaseOperation,
            "outbox-message",
            row.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Before: AuditSummary.Json(wasParked),
            After: AuditSummary.Json(released.Row)));
        await db.SaveChangesAsync(cancellationToken);

        // The interceptor pulses only for added rows; a released one would otherwise wait for the next poll.
        signal.Pulse();
        LogReleased(row.Id, row.MessageId, row.MessageType, wasParked.Attempts);
        return new OutboxReleaseResult(OutboxReleaseStatus.Released, released, released.Row);
    }

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "Outbox message {Id} ({MessageId}, {MessageType}) released by an operator after {Attempts} failed attempts")]
    private partial void LogReleased(long id, Guid messageId, string messageType, int attempts);
}
