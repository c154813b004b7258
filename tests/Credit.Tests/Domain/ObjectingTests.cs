using LandPlatform.Credit.Domain;

namespace LandPlatform.Credit.Tests.Domain;

public sealed class ObjectingTests
{
    [Fact]
    public void An_objection_on_the_last_day_allowed_is_accepted_until_its_last_second()
    {
        var listing = A.Notice(); // last day to object: 2025-03-16

        A.Object(listing, A.Beijing(2025, 3, 16, 23, 59, 59));

        Assert.NotNull(listing.Objection);
        Assert.True(listing.Objection.IsPending);
        Assert.Equal(ListingStatus.Noticed, listing.Status);
    }

    [Fact]
    public void Filing_an_objection_raises_ObjectionFiled_for_the_reviewers()
    {
        var listing = A.Notice();
        listing.ClearDomainEvents();

        A.Object(listing, A.Beijing(2025, 3, 5));

        var e = Assert.IsType<ObjectionFiled>(Assert.Single(listing.DomainEvents));
        Assert.Equal(A.Beijing(2025, 3, 5), e.OccurredAt);
        Assert.Equal("合同已按约履行，违约事实不成立", listing.Objection!.Grounds);
    }

    [Fact]
    public void An_objection_on_the_day_after_the_last_day_is_refused()
    {
        var listing = A.Notice();

        A.Refused<ObjectionMustBeFiledWithinThePeriod>(() => A.Object(listing, A.Beijing(2025, 3, 17)));
        Assert.Null(listing.Objection);
    }

    [Fact]
    public void The_deadline_is_midnight_in_Beijing_whatever_the_callers_offset()
    {
        var listing = A.Notice();

        // 2025-03-16 16:30 UTC is already 2025-03-17 00:30 in Beijing.
        A.Refused<ObjectionMustBeFiledWithinThePeriod>(() => A.Object(listing, new DateTimeOffset(2025, 3, 16, 16, 30, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void A_refused_objection_leaves_the_listing_unchanged()
    {
        var listing = A.Notice();
        listing.ClearDomainEvents();

        Assert.ThrowsAny<Exception>(() => A.Object(listing, A.Beijing(2025, 3, 20)));

        Assert.Single(listing.History);
        Assert.Empty(listing.DomainEvents);
        Assert.Equal(ListingStatus.Noticed, listing.Status);
    }

    [Fact]
    public void Only_the_listed_enterprise_may_object()
    {
        var listing = A.Notice();

        A.Refused<OnlyTheListedEnterpriseMayObject>(() =>
            listing.FileObjection(A.OtherCode.Value, "理由", [], A.EnterpriseUser, A.Beijing(2025, 3, 5)));
    }

    [Fact]
    public void An_objection_must_state_its_grounds()
    {
        var listing = A.Notice();

        A.Refused<ObjectionMustGiveGrounds>(() => listing.FileObjection(listing.Uscc, "  ", [], A.EnterpriseUser, A.Beijing(2025, 3, 5)));
    }

    [Fact]
    public void A_second_objection_to_the_same_notice_is_refused()
    {
        var listing = A.Notice();
        A.Object(listing, A.Beijing(2025, 3, 5));

        A.Refused<OnlyOneObjectionPerNotice>(() => A.Object(listing, A.Beijing(2025, 3, 6)));
    }

    [Fact]
    public void An_effective_listing_cannot_be_objected_to()
    {
        var listing = A.Effective();

        A.Refused<OnlyANoticeCanBeObjectedTo>(() => A.Object(listing, A.Beijing(2025, 3, 18)));
    }

    [Fact]
    public void An_objection_dated_before_the_notice_is_refused()
    {
        var listing = A.Notice();

        A.Refused<ListingStepsMustBeInTimeOrder>(() => A.Object(listing, A.Beijing(2025, 2, 28)));
    }

    [Fact]
    public void An_upheld_objection_withdraws_the_notice_and_raises_ListingWithdrawn()
    {
        var listing = A.Notice();
        A.Object(listing, A.Beijing(2025, 3, 5));
        listing.ClearDomainEvents();

        listing.ReviewObjection(ObjectionOutcome.Upheld, "经核实，款项已于期限内缴清", A.Reviewer, A.Beijing(2025, 3, 20, 9));

        Assert.Equal(ListingStatus.Withdrawn, listing.Status);
        Assert.False(listing.BarsLandAt(A.DuringThePeriod));
        Assert.Null(listing.EffectiveFrom);
        Assert.Equal(ObjectionOutcome.Upheld, listing.Objection!.Outcome);
        Assert.Equal(A.Reviewer, listing.Objection.ReviewedBy);
        var e = Assert.IsType<ListingWithdrawn>(Assert.Single(listing.DomainEvents));
        Assert.Equal("经核实，款项已于期限内缴清", e.Reasons);
        Assert.Equal(A.Beijing(2025, 3, 20, 9), e.OccurredAt);
    }

    [Fact]
    public void A_rejected_objection_makes_the_listing_effective_from_the_review_decision()
    {
        var listing = A.Notice(policy: A.Policy(listingYears: 3));
        A.Object(listing, A.Beijing(2025, 3, 5));
        listing.ClearDomainEvents();
        var decidedAt = A.Beijing(2025, 3, 25, 15);

        listing.ReviewObjection(ObjectionOutcome.Rejected, "异议理由不成立", A.Reviewer, decidedAt);

        Assert.Equal(ListingStatus.Effective, listing.Status);
        Assert.True(listing.BarsLandAt(A.DuringThePeriod));
        Assert.Equal(decidedAt, listing.EffectiveFrom);
        Assert.Equal(A.Beijing(2028, 3, 25, 15), listing.PeriodEndsAt);
        var e = Assert.IsType<EnterpriseBlacklisted>(Assert.Single(listing.DomainEvents));
        Assert.Equal(decidedAt, e.EffectiveFrom);
        Assert.Equal(ListingStep.ObjectionRejected, e.Because);
    }

    [Fact]
    public void A_review_must_give_reasons()
    {
        var listing = A.Notice();
        A.Object(listing, A.Beijing(2025, 3, 5));

        A.Refused<DecisionMustGiveReasons>(() => listing.ReviewObjection(ObjectionOutcome.Rejected, "", A.Reviewer, A.Beijing(2025, 3, 20)));
    }

    [Fact]
    public void Without_an_objection_there_is_nothing_to_review()
    {
        var listing = A.Notice();

        A.Refused<OnlyAPendingObjectionCanBeReviewed>(() => listing.ReviewObjection(ObjectionOutcome.Upheld, "理由", A.Reviewer, A.Beijing(2025, 3, 20)));
    }

    [Fact]
    public void An_objection_is_reviewed_only_once()
    {
        var listing = A.Notice();
        A.Object(listing, A.Beijing(2025, 3, 5));
        listing.ReviewObjection(ObjectionOutcome.Upheld, "成立", A.Reviewer, A.Beijing(2025, 3, 20));

        A.Refused<OnlyAPendingObjectionCanBeReviewed>(() => listing.ReviewObjection(ObjectionOutcome.Rejected, "改判", A.Reviewer, A.Beijing(2025, 3, 21)));
        Assert.Equal(ListingStatus.Withdrawn, listing.Status);
    }

    [Fact]
    public void A_review_may_come_after_the_objection_period_has_ended()
    {
        var listing = A.Notice();
        A.Object(listing, A.Beijing(2025, 3, 16, 18));

        listing.ReviewObjection(ObjectionOutcome.Rejected, "不成立", A.Reviewer, A.Beijing(2025, 4, 10));

        Assert.Equal(ListingStatus.Effective, listing.Status);
    }
}
