using LandPlatform.Credit.Domain;
using LandPlatform.Credit.Infrastructure;
using Microsoft.Extensions.Options;

namespace LandPlatform.Credit.Scheduling;

/// <summary>
/// 列入期届满 → 期满移出: each effective listing whose listing period has ended (《国办发〔2025〕22号》二:
/// 严重失信信息公示期最短为1年，最长为3年) is delisted as "period ended" by the credit service, dated the end
/// of the period (<see cref="Listing.DelistIfPeriodEnded"/>), and <c>EnterpriseDelisted</c> goes out through
/// the outbox, as after a repair. Check and the public list do not wait for this job (they ask
/// <see cref="Listing.BarsLandAt"/>); it makes the file and subscribers say what already holds.
/// </summary>
internal sealed class ListingPeriodJob(
    IServiceScopeFactory scopes,
    IHttpContextAccessor http,
    TimeProvider clock,
    IOptions<ListingPeriodJobOptions> options,
    ILogger<ListingPeriodJob> logger) : ListingJob(scopes, http, clock, options.Value, logger)
{
    protected override string Operation => "credit.listing.period-ended";

    protected override Task<IReadOnlyList<Guid>> DueAsync(CreditDbContext db, DateTimeOffset now, int batch, CancellationToken ct) =>
        CreditFile.PeriodsEndedAsync(db, now, batch, ct);

    protected override bool TakeStep(Listing listing, DateTimeOffset now) => listing.DelistIfPeriodEnded(now);

    protected override object AuditBefore(Listing listing) => new { Status = listing.Status.ToString(), listing.EffectiveFrom, listing.PeriodEndsAt };

    protected override object AuditAfter(Listing listing) => new { Status = listing.Status.ToString(), Kind = listing.Delisting?.Kind.ToString(), At = listing.Delisting?.At };
}
