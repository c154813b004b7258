using LandPlatform.Credit.Domain;
using LandPlatform.SeedWork;

namespace LandPlatform.Credit.Tests.Domain;

/// <summary>
/// 《国办发〔2025〕22号》二 严重失信信息公示期最短为1年，最长为3年: at the end of the listing period the listing
/// stops barring land and stops being published, decision or not; the job then records 期满移出.
/// </summary>
public sealed class ListingPeriodTests
{
    // A.Effective(): effective 2025-03-17 00:00 Beijing, 3 years, so the period ends at 2028-03-17 00:00 Beijing.
    private static readonly DateTimeOffset PeriodEnd = A.Beijing(2028, 3, 17);

    [Fact]
    public void A_listing_bars_land_until_the_instant_its_period_ends_and_not_after()
    {
        var listing = A.Effective();

        Assert.True(listing.BarsLandAt(PeriodEnd.AddTicks(-1)));
        Assert.False(listing.BarsLandAt(PeriodEnd));
        Assert.Equal(ListingStatus.Effective, listing.Status);
    }

    [Fact]
    public void Once_the_period_has_ended_the_enterprise_is_clear_and_no_related_subject_is_hit()
    {
        var applicant = A.Enterprise(A.Code, "新设子公司");
        var parent = A.Enterprise(A.OtherCode, "被列入母公司");
        parent.RecordControlledCompany(A.Code, A.Clerk, A.Beijing(2024, 6, 1));
        var own = A.Effective(applicant);
        var parents = A.Effective(parent);

        var during = CreditStatus.Of(A.Code, applicant, [parent], [own, parents], PeriodEnd.AddSeconds(-1));
        var after = CreditStatus.Of(A.Code, applicant, [parent], [own, parents], PeriodEnd);

        Assert.Equal(CreditStanding.Listed, during.Standing);
        Assert.Single(during.RelatedSubjectHits);
        Assert.Equal(CreditStanding.Clear, after.Standing);
        Assert.Empty(after.EffectiveListings);
        Assert.Empty(after.RelatedSubjectHits);
    }

    [Fact]
    public void An_expired_listing_leaves_the_public_list_and_is_not_disclosed()
    {
        var listing = A.Effective();

        Assert.Single(PublicListing.Of([listing], PeriodEnd.AddSeconds(-1)));
        Assert.Empty(PublicListing.Of([listing], PeriodEnd));
        A.Refused<OnlyAnEffectiveListingIsDisclosed>(() => PublicListing.From(listing, PeriodEnd));
    }

    [Fact]
    public void The_job_records_the_end_of_the_period_once_as_a_delisting_by_the_service()
    {
        var listing = A.Effective();
        listing.ClearDomainEvents();

        Assert.False(listing.DelistIfPeriodEnded(PeriodEnd.AddSeconds(-1)));
        Assert.True(listing.DelistIfPeriodEnded(A.Beijing(2028, 4, 2, 9)));
        Assert.False(listing.DelistIfPeriodEnded(A.Beijing(2028, 4, 2, 10)));

        Assert.Equal(ListingStatus.Delisted, listing.Status);
        Assert.Equal(DelistingKind.PeriodEnded, listing.Delisting!.Kind);
        Assert.Equal(Actor.CreditService, listing.Delisting.DecidedBy);
        // Dated the end of the period, not the run: the listing stopped barring land then.
        Assert.Equal(PeriodEnd, listing.Delisting.At);
        var step = listing.History[^1];
        Assert.Equal(ListingStep.Delisted, step.Step);
        Assert.Equal(Actor.CreditService, step.By);
        Assert.StartsWith("期满移出", step.What, StringComparison.Ordinal);
        var e = Assert.IsType<EnterpriseDelisted>(Assert.Single(listing.DomainEvents));
        Assert.Equal(DelistingKind.PeriodEnded, e.Kind);
        Assert.Equal(PeriodEnd, e.OccurredAt);
    }

    [Theory]
    [InlineData(0)] // the end of an objection period
    [InlineData(10)] // a review decided at 10:00
    public void A_listing_effective_on_29_February_ends_on_28_February_however_loaded(int hour)
    {
        var period = new ListingPeriod(1, "listing clause");
        var inMemory = A.Beijing(2024, 2, 29, hour);
        var loaded = inMemory.ToUniversalTime(); // the store gives instants back in UTC (2024-02-28 when hour < 8)

        var end = period.EndAfter(inMemory);

        Assert.Equal(end, period.EndAfter(loaded));
        Assert.Equal(A.Beijing(2025, 3, 1), end);
        Assert.Equal(new DateOnly(2025, 2, 28), ChinaTime.LastDayBefore(end));
    }

    [Fact]
    public void A_listing_made_effective_on_29_February_shows_28_February_as_its_last_day()
    {
        var listing = A.Notice(policy: A.Policy(listingYears: 1), at: A.Beijing(2028, 2, 1, 10));
        A.Object(listing, A.Beijing(2028, 2, 5));
        listing.ReviewObjection(ObjectionOutcome.Rejected, "异议理由不成立", A.Reviewer, A.Beijing(2028, 2, 29, 10));

        Assert.Equal(new DateOnly(2029, 2, 28), listing.LastDayListed);
        Assert.Equal(new DateOnly(2029, 2, 28), PublicListing.From(listing, A.Beijing(2029, 2, 28, 23)).End);
        Assert.False(listing.BarsLandAt(A.Beijing(2029, 3, 1)));
    }

    [Fact]
    public void The_job_leaves_a_repaired_listing_alone()
    {
        var listing = A.Effective();
        listing.Delist(new DelistingDecision(DelistingKind.CauseCured, "已修复", A.Reviewer, A.Beijing(2026, 6, 1)));
        listing.ClearDomainEvents();

        Assert.False(listing.DelistIfPeriodEnded(PeriodEnd.AddDays(1)));
        Assert.Empty(listing.DomainEvents);
        Assert.Equal(DelistingKind.CauseCured, listing.Delisting!.Kind);
    }
}
