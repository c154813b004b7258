using LandPlatform.Credit.Domain;

namespace LandPlatform.Credit.Tests.Domain;

public sealed class TakingEffectTests
{
    [Fact]
    public void Nothing_happens_before_the_objection_period_has_elapsed()
    {
        var listing = A.Notice(); // last day to object: 2025-03-16
        listing.ClearDomainEvents();

        Assert.False(listing.TakeEffectIfObjectionPeriodElapsed(A.Beijing(2025, 3, 16, 23, 59, 59).AddTicks(9_999_999)));

        Assert.Equal(ListingStatus.Noticed, listing.Status);
        Assert.Single(listing.History);
        Assert.Empty(listing.DomainEvents);
    }

    [Fact]
    public void With_no_objection_the_listing_takes_effect_exactly_when_the_period_has_elapsed()
    {
        var listing = A.Notice(policy: A.Policy(listingYears: 3));
        listing.ClearDomainEvents();

        Assert.True(listing.TakeEffectIfObjectionPeriodElapsed(A.Beijing(2025, 3, 17)));

        Assert.Equal(ListingStatus.Effective, listing.Status);
        Assert.True(listing.BarsLandAt(A.DuringThePeriod));
        Assert.Equal(A.Beijing(2025, 3, 17), listing.EffectiveFrom);
        Assert.Equal(A.Beijing(2028, 3, 17), listing.PeriodEndsAt);
        var e = Assert.IsType<EnterpriseBlacklisted>(Assert.Single(listing.DomainEvents));
        Assert.Equal(ListingStep.TookEffectAfterObjectionPeriod, e.Because);
        Assert.Equal(A.Beijing(2028, 3, 17), e.PeriodEndsAt);
    }

    [Fact]
    public void A_late_run_of_the_job_dates_the_listing_from_the_end_of_the_period_not_from_the_run()
    {
        var listing = A.Notice();

        listing.TakeEffectIfObjectionPeriodElapsed(A.Beijing(2025, 3, 20, 3));

        Assert.Equal(A.Beijing(2025, 3, 17), listing.EffectiveFrom);
        Assert.Equal(A.Beijing(2025, 3, 17), listing.History[^1].At);
        Assert.Equal(Actor.CreditService, listing.History[^1].By);
    }

    [Fact]
    public void Taking_effect_is_idempotent()
    {
        var listing = A.Notice();
        listing.TakeEffectIfObjectionPeriodElapsed(A.Beijing(2025, 3, 17));
        listing.ClearDomainEvents();

        Assert.False(listing.TakeEffectIfObjectionPeriodElapsed(A.Beijing(2025, 3, 18)));

        Assert.Equal(2, listing.History.Count);
        Assert.Empty(listing.DomainEvents);
        Assert.Equal(A.Beijing(2025, 3, 17), listing.EffectiveFrom);
    }

    [Fact]
    public void A_pending_objection_holds_the_listing_however_late_the_job_runs()
    {
        var listing = A.Notice();
        A.Object(listing, A.Beijing(2025, 3, 10));

        Assert.False(listing.TakeEffectIfObjectionPeriodElapsed(A.Beijing(2025, 6, 1)));

        Assert.Equal(ListingStatus.Noticed, listing.Status);
    }

    [Fact]
    public void A_withdrawn_notice_never_takes_effect()
    {
        var listing = A.Notice();
        A.Object(listing, A.Beijing(2025, 3, 10));
        listing.ReviewObjection(ObjectionOutcome.Upheld, "成立", A.Reviewer, A.Beijing(2025, 3, 12));

        Assert.False(listing.TakeEffectIfObjectionPeriodElapsed(A.Beijing(2025, 6, 1)));

        Assert.Equal(ListingStatus.Withdrawn, listing.Status);
    }

    [Fact]
    public void The_listing_period_is_taken_per_reason_from_the_pack()
    {
        var periods = Enum.GetValues<ListingReason>().ToDictionary(r => r, _ => new ListingPeriod(3, "three"));
        periods[ListingReason.UnpaidLandPrice] = new ListingPeriod(1, "one");
        var listing = A.Notice(policy: A.Policy(periods: periods), reason: ListingReason.UnpaidLandPrice);

        listing.TakeEffectIfObjectionPeriodElapsed(A.Beijing(2025, 3, 17));

        Assert.Equal(A.Beijing(2026, 3, 17), listing.PeriodEndsAt);
        Assert.Equal("one", listing.ListingPeriod.Clause);
    }
}
