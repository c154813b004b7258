using LandPlatform.Auditing;
using LandPlatform.Credit.Domain;
using LandPlatform.Credit.Infrastructure;
using LandPlatform.ServiceDefaults.Security;
using Microsoft.EntityFrameworkCore;

namespace LandPlatform.Credit.Scheduling;

/// <summary>
/// The shape of the credit service's scheduled steps on listings: every interval, find the listings due,
/// then take the step on each in its own transaction with its outbox events and its audit record (actor:
/// the credit service). The step itself is the domain's and idempotent, so a listing found due twice, or
/// changed by a decision meanwhile, is changed at most once.
/// </summary>
internal abstract partial class ListingJob(
    IServiceScopeFactory scopes,
    IHttpContextAccessor http,
    TimeProvider clock,
    ListingJobOptions options,
    ILogger logger) : BackgroundService
{
    /// <summary>The audit operation, e.g. <c>credit.listing.take-effect</c>.</summary>
    protected abstract string Operation { get; }

    /// <summary>Ids of the listings due at <paramref name="now"/>, at most <paramref name="batch"/>.</summary>
    protected abstract Task<IReadOnlyList<Guid>> DueAsync(CreditDbContext db, DateTimeOffset now, int batch, CancellationToken ct);

    /// <summary>Takes the step if it is still due; false when it is not (nothing changed).</summary>
    protected abstract bool TakeStep(Listing listing, DateTimeOffset now);

    /// <summary>What the audit records of the listing before the step.</summary>
    protected abstract object AuditBefore(Listing listing);

    /// <summary>What the audit records of the listing after the step.</summary>
    protected abstract object AuditAfter(Listing listing);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = TimeSpan.FromSeconds(Math.Max(0.05, options.IntervalSeconds));
        using var timer = new PeriodicTimer(interval);
        do
        {
            try
            {
                await RunOnceAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                // E.g. the schema is not ready yet at start-up, or the database is briefly locked: try next tick.
                LogRunFailed(logger, Operation, e);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>One pass; returns how many listings were changed.</summary>
    public async Task<int> RunOnceAsync(CancellationToken ct)
    {
        IReadOnlyList<Guid> due;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CreditDbContext>();
            due = await DueAsync(db, clock.GetUtcNow(), Math.Max(1, options.BatchSize), ct);
        }

        var count = 0;
        foreach (var id in due)
        {
            if (await StepAsync(id, ct))
            {
                count++;
            }
        }

        return count;
    }

    private async Task<bool> StepAsync(Guid id, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        using var actor = new ServiceActorScope(http, ServiceIdentities.Credit, Actor.CreditService.Name, Operation);
        var db = scope.ServiceProvider.GetRequiredService<CreditDbContext>();
        var audit = scope.ServiceProvider.GetRequiredService<IAuditTrail>();
        if (await CreditFile.ListingAsync(db, id, ct) is not { } listing)
        {
            return false;
        }

        var before = AuditBefore(listing);
        if (!TakeStep(listing, clock.GetUtcNow()))
        {
            return false;
        }

        ListingOutbox.Stage(db, listing);
        audit.Record(new AuditEntry(Operation, "listing", listing.Id.ToString(), Before: AuditSummary.Json(before), After: AuditSummary.Json(AuditAfter(listing))));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            // A decision on the same listing committed first (e.g. an objection filed at the last moment,
            // a repair decided meanwhile): nothing of ours was stored; the next run sees the new state.
            LogChangedMeanwhile(logger, id, Operation);
            return false;
        }

        LogStepTaken(logger, Operation, listing.Id, listing.Uscc, listing.Status);
        return true;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Operation}: listing {ListingId} of {Uscc} is now {Status}")]
    private static partial void LogStepTaken(ILogger logger, string operation, Guid listingId, string uscc, ListingStatus status);

    [LoggerMessage(Level = LogLevel.Information, Message = "Listing {ListingId} changed while the job {Operation} handled it; left for the next run")]
    private static partial void LogChangedMeanwhile(ILogger logger, Guid listingId, string operation);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The job {Operation} failed; it runs again at the next interval")]
    private static partial void LogRunFailed(ILogger logger, string operation, Exception error);
}
