using LandPlatform.Auditing;
using LandPlatform.Credit.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using LandPlatform.Credit.Domain;
using LandPlatform.ServiceDefaults.Security;

namespace LandPlatform.Credit.Scheduling;

/// <summary>
/// 异议期届满未提出异议 → 列入生效: every few seconds, each notice whose objection period has elapsed with
/// no objection takes effect (from the end of the period, <see cref="Domain.Listing.TakeEffectIfObjectionPeriodElapsed"/>),
/// each in its own transaction with its outbox events and its audit record (actor: the credit service).
/// A scheduled step, never a manual one (issue 4).
/// </summary>
internal sealed partial class ObjectionPeriodJob(
    IServiceScopeFactory scopes,
    IHttpContextAccessor http,
    TimeProvider clock,
    IOptions<ObjectionPeriodJobOptions> options,
    ILogger<ObjectionPeriodJob> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = TimeSpan.FromSeconds(Math.Max(0.05, options.Value.IntervalSeconds));
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
                LogRunFailed(logger, e);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>One pass; returns how many notices took effect.</summary>
    public async Task<int> RunOnceAsync(CancellationToken ct)
    {
        IReadOnlyList<Guid> due;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CreditDbContext>();
            due = await CreditFile.NoticesDueAsync(db, clock.GetUtcNow(), Math.Max(1, options.Value.BatchSize), ct);
        }

        var count = 0;
        foreach (var id in due)
        {
            if (await TakeEffectAsync(id, ct))
            {
                count++;
            }
        }

        return count;
    }

    private async Task<bool> TakeEffectAsync(Guid id, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        using var actor = new ServiceActorScope(http, ServiceIdentities.Credit, Actor.CreditService.Name, "credit.listing.take-effect");
        var db = scope.ServiceProvider.GetRequiredService<CreditDbContext>();
        var audit = scope.ServiceProvider.GetRequiredService<IAuditTrail>();
        if (await CreditFile.ListingAsync(db, id, ct) is not { } listing
            || !listing.TakeEffectIfObjectionPeriodElapsed(clock.GetUtcNow()))
        {
            return false;
        }

        ListingOutbox.Stage(db, listing);
        audit.Record(new AuditEntry(
            "credit.listing.take-effect",
            "listing",
            listing.Id.ToString(),
            Before: AuditSummary.Json(new { Status = "Noticed", listing.LastDayToObject }),
            After: AuditSummary.Json(new { Status = listing.Status.ToString(), listing.EffectiveFrom, listing.PeriodEndsAt })));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            // A decision on the same listing committed first (e.g. an objection filed at the last moment):
            // nothing of ours was stored; the next run sees the new state.
            LogChangedMeanwhile(logger, id);
            return false;
        }

        LogTookEffect(logger, listing.Id, listing.Uscc, listing.EffectiveFrom!.Value);
        return true;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Listing {ListingId} of {Uscc} took effect from {EffectiveFrom} (objection period elapsed)")]
    private static partial void LogTookEffect(ILogger logger, Guid listingId, string uscc, DateTimeOffset effectiveFrom);

    [LoggerMessage(Level = LogLevel.Information, Message = "Listing {ListingId} changed while the objection-period job handled it; left for the next run")]
    private static partial void LogChangedMeanwhile(ILogger logger, Guid listingId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The objection-period job failed; it runs again at the next interval")]
    private static partial void LogRunFailed(ILogger logger, Exception error);
}
