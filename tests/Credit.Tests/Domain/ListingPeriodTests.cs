using LandPlatform.Credit.Domain;

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
