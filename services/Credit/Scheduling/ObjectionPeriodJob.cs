using LandPlatform.Credit.Domain;
using LandPlatform.Credit.Infrastructure;
using Microsoft.Extensions.Options;

namespace LandPlatform.Credit.Scheduling;

/// <summary>
/// 异议期届满未提出异议 → 列入生效: every few seconds, each notice whose objection period has elapsed with
/// no objection takes effect (from the end of the period, <see cref="Listing.TakeEffectIfObjectionPeriodElapsed"/>),
/// each in its own transaction with its outbox events and its audit record (actor: the credit service).
/// A scheduled step, never a manual one (issue 4).
/// </summary>
internal sealed class ObjectionPeriodJob(
    IServiceScopeFactory scopes,
    IHttpContextAccessor http,
    TimeProvider clock,
    IOptions<ObjectionPeriodJobOptions> options,
    ILogger<ObjectionPeriodJob> logger) : ListingJob(scopes, http, clock, options.Value, logger)
{
    protected override string Operation => "credit.listing.take-effect";

    protected override Task<IReadOnlyList<Guid>> DueAsync(CreditDbContext db, DateTimeOffset now, int batch, CancellationToken ct) =>
        CreditFile.NoticesDueAsync(db, now, batch, ct);

    protected override bool TakeStep(Listing listing, DateTimeOffset now) => listing.TakeEffectIfObjectionPeriodElapsed(now);

    protected override object AuditBefore(Listing listing) => new { Status = listing.Status.ToString(), listing.LastDayToObject };

    protected override object AuditAfter(Listing listing) => new { Status = listing.Status.ToString(), listing.EffectiveFrom, listing.PeriodEndsAt };
}
