using LandPlatform.Credit.Domain;

namespace LandPlatform.Credit.Tests.Domain;

public sealed class DelistingTests
{
    private static readonly DateTimeOffset PeriodEnd = A.Beijing(2028, 3, 17); // effective 2025-03-17 + 3 years

    [Fact]
    public void An_effective_listing_is_delisted_when_its_period_has_ended()
    {
        var listing = A.Effective();
        listing.ClearDomainEvents();

        listing.Delist(new DelistingDecision(DelistingKind.PeriodEnded, "列入期限届满", A.Reviewer, PeriodEnd));

        Assert.Equal(ListingStatus.Delisted, listing.Status);
        Assert.False(listing.BarsLandAt(A.DuringThePeriod));
        Assert.Equal(DelistingKind.PeriodEnded, listing.Delisting!.Kind);
        var e = Assert.IsType<EnterpriseDelisted>(Assert.Single(listing.DomainEvents));
        Assert.Equal(DelistingKind.PeriodEnded, e.Kind);
        Assert.Equal(PeriodEnd, e.OccurredAt);
    }

    [Fact]
    public void Period_ended_delisting_before_the_period_ends_is_refused()
    {
        var listing = A.Effective();

        A.Refused<ListingPeriodMustHaveEnded>(() =>
            listing.Delist(new DelistingDecision(DelistingKind.PeriodEnded, "期满", A.Reviewer, PeriodEnd.AddSeconds(-1))));
        Assert.Equal(ListingStatus.Effective, listing.Status);
    }

    [Fact]
    public void A_cured_cause_may_be_delisted_at_any_time_with_reasons()
    {
        var listing = A.Effective();

        listing.Delist(new DelistingDecision(DelistingKind.CauseCured, "已足额缴清地价款及违约金，信用修复", A.Reviewer, A.Beijing(2025, 5, 1)));

        Assert.Equal(ListingStatus.Delisted, listing.Status);
        Assert.Equal("已足额缴清地价款及违约金，信用修复", listing.Delisting!.Reasons);
    }

    [Theory]
    [InlineData(DelistingKind.CauseCured)]
    [InlineData(DelistingKind.PeriodEnded)]
    public void Delisting_without_reasons_is_refused(DelistingKind kind)
    {
        var listing = A.Effective();

        A.Refused<DecisionMustGiveReasons>(() => listing.Delist(new DelistingDecision(kind, " ", A.Reviewer, PeriodEnd)));
    }

    [Fact]
    public void A_notice_cannot_be_delisted()
    {
        var listing = A.Notice();

        A.Refused<OnlyAnEffectiveListingCanBeDelisted>(() =>
            listing.Delist(new DelistingDecision(DelistingKind.CauseCured, "已整改", A.Reviewer, A.Beijing(2025, 3, 5))));
    }

    [Fact]
    public void A_delisted_listing_cannot_be_delisted_again()
    {
        var listing = A.Effective();
        listing.Delist(new DelistingDecision(DelistingKind.CauseCured, "已整改", A.Reviewer, A.Beijing(2025, 5, 1)));

        A.Refused<OnlyAnEffectiveListingCanBeDelisted>(() =>
            listing.Delist(new DelistingDecision(DelistingKind.PeriodEnded, "期满", A.Reviewer, PeriodEnd)));
    }

    [Fact]
    public void A_withdrawn_notice_cannot_be_delisted()
    {
        var listing = A.Notice();
        A.Object(listing, A.Beijing(2025, 3, 5));
        listing.ReviewObjection(ObjectionOutcome.Upheld, "成立", A.Reviewer, A.Beijing(2025, 3, 8));

        A.Refused<OnlyAnEffectiveListingCanBeDelisted>(() =>
            listing.Delist(new DelistingDecision(DelistingKind.CauseCured, "已整改", A.Reviewer, A.Beijing(2025, 4, 1))));
    }

    [Fact]
    public void A_delisting_dated_before_the_listing_took_effect_is_refused()
    {
        var listing = A.Effective();

        A.Refused<ListingStepsMustBeInTimeOrder>(() =>
            listing.Delist(new DelistingDecision(DelistingKind.CauseCured, "已整改", A.Reviewer, A.Beijing(2025, 3, 10))));
    }
}
