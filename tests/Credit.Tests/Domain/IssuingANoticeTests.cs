using LandPlatform.Credit.Domain;

namespace LandPlatform.Credit.Tests.Domain;

public sealed class IssuingANoticeTests
{
    [Fact]
    public void A_notice_is_opened_as_noticed_and_does_not_bar_land()
    {
        var listing = A.Notice();

        Assert.Equal(ListingStatus.Noticed, listing.Status);
        Assert.False(listing.BarsLandAt(A.DuringThePeriod));
        Assert.Equal(A.Code.Value, listing.Uscc);
        Assert.Equal("北京某科技有限公司", listing.EnterpriseName);
        Assert.Equal(A.Document, listing.Document);
        Assert.Equal([A.Evidence], listing.Evidence);
        Assert.Null(listing.EffectiveFrom);
    }

    [Fact]
    public void The_last_day_to_object_is_the_notice_date_plus_the_packs_period_in_calendar_days()
    {
        var listing = A.Notice(policy: A.Policy(objectionDays: 15), at: A.Beijing(2025, 3, 1, 10));

        Assert.Equal(new DateOnly(2025, 3, 1), listing.NoticeDate);
        Assert.Equal(new DateOnly(2025, 3, 16), listing.LastDayToObject);
        Assert.Equal(A.Beijing(2025, 3, 17), listing.ObjectionPeriodEndsAt);
    }

    [Fact]
    public void The_notice_date_is_the_Beijing_date_even_when_the_clock_is_in_UTC()
    {
        // 2025-02-28 17:30 UTC is 2025-03-01 01:30 in Beijing.
        var listing = A.Notice(at: new DateTimeOffset(2025, 2, 28, 17, 30, 0, TimeSpan.Zero));

        Assert.Equal(new DateOnly(2025, 3, 1), listing.NoticeDate);
        Assert.Equal(new DateOnly(2025, 3, 16), listing.LastDayToObject);
    }

    [Fact]
    public void A_notice_records_the_decision_the_pack_and_the_periods_it_rests_on()
    {
        var listing = A.Notice(policy: A.Policy(objectionDays: 10, listingYears: 2));

        Assert.Equal(ListingSourceKind.Decision, listing.Source.Kind);
        Assert.Equal(A.Clerk, listing.Source.DecidedBy);
        Assert.Null(listing.SourceEventKey);
        Assert.Equal("test-pack", listing.PolicyPackId);
        Assert.Equal(1, listing.PolicyPackVersion);
        Assert.Equal(new ObjectionPeriod(10, "objection clause"), listing.ObjectionPeriod);
        Assert.Equal(new ListingPeriod(2, "listing clause"), listing.ListingPeriod);
        Assert.Equal("basis for BreachOfContract", listing.LegalBasis);
    }

    [Fact]
    public void Issuing_a_notice_raises_ListingNoticeIssued_with_the_last_day_to_object()
    {
        var listing = A.Notice();

        var e = Assert.IsType<ListingNoticeIssued>(Assert.Single(listing.DomainEvents));
        Assert.Equal(listing.Id, e.ListingId);
        Assert.Equal(A.Code.Value, e.Uscc);
        Assert.Equal(ListingReason.BreachOfContract, e.Reason);
        Assert.Equal(A.Document, e.Document);
        Assert.Equal(new DateOnly(2025, 3, 16), e.LastDayToObject);
        Assert.Equal(A.NoticeTime, e.OccurredAt);
    }

    [Fact]
    public void A_listing_without_a_document_is_refused()
    {
        A.Refused<ListingMustRestOnALegallyEffectiveDocument>(() =>
            Listing.IssueNotice(A.Enterprise(), [], ListingReason.Fraud, null, [], A.Clerk, A.Policy(), A.NoticeTime));
    }

    [Theory]
    [InlineData("", "石政地〔2025〕12号")]
    [InlineData("解除合同通知书", " ")]
    public void A_document_without_a_type_or_a_number_is_refused(string type, string number)
    {
        A.Refused<ListingMustRestOnALegallyEffectiveDocument>(() =>
            Listing.IssueNotice(A.Enterprise(), [], ListingReason.Fraud, new LegalDocument(type, number, new DateOnly(2025, 2, 1)), [], A.Clerk, A.Policy(), A.NoticeTime));
    }

    [Fact]
    public void A_document_dated_after_the_notice_is_refused()
    {
        var tomorrow = new LegalDocument("行政处罚决定书", "X〔2025〕1号", new DateOnly(2025, 3, 2));

        A.Refused<DocumentMustPredateTheNotice>(() =>
            Listing.IssueNotice(A.Enterprise(), [], ListingReason.Fraud, tomorrow, [], A.Clerk, A.Policy(), A.NoticeTime));
    }

    [Fact]
    public void A_document_dated_the_day_of_the_notice_is_accepted()
    {
        var sameDay = new LegalDocument("行政处罚决定书", "X〔2025〕1号", new DateOnly(2025, 3, 1));

        var listing = Listing.IssueNotice(A.Enterprise(), [], ListingReason.Fraud, sameDay, [], A.Clerk, A.Policy(), A.NoticeTime);

        Assert.Equal(sameDay, listing.Document);
    }

    [Fact]
    public void A_notice_under_a_pack_not_in_force_on_the_notice_date_is_refused()
    {
        var trialEnded = A.Policy(from: new DateOnly(2020, 3, 14), to: new DateOnly(2021, 3, 13));

        A.Refused<PolicyMustBeInForceOnTheNoticeDate>(() => A.Notice(policy: trialEnded));
    }

    [Fact]
    public void A_second_notice_on_the_document_of_an_open_listing_is_refused_naming_it()
    {
        var file = A.Enterprise();
        var first = A.Notice(file);
        var sameDocumentSpaced = A.Document with { Number = " " + A.Document.Number + " " };

        var rule = A.Refused<ADocumentOpensOneListing>(() =>
            Listing.IssueNotice(file, [first], ListingReason.Fraud, sameDocumentSpaced, [], A.Clerk, A.Policy(), A.NoticeTime.AddDays(1)));

        Assert.Contains(first.Id.ToString(), rule.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_withdrawn_or_delisted_listing_does_not_stop_a_new_notice_on_its_document()
    {
        var file = A.Enterprise();
        var delisted = A.Effective(file);
        delisted.Delist(new DelistingDecision(DelistingKind.CauseCured, "已修复", A.Reviewer, A.Beijing(2025, 6, 1)));
        var otherDocument = A.Notice(file);

        var listing = Listing.IssueNotice(
            file, [delisted], ListingReason.BreachOfContract, A.Document, [], A.Clerk, A.Policy(), A.Beijing(2025, 7, 1));
        var another = Listing.IssueNotice(
            file, [otherDocument], ListingReason.Fraud, A.Document with { Number = "石政地〔2025〕13号" }, [], A.Clerk, A.Policy(), A.Beijing(2025, 7, 1));

        Assert.Equal(ListingStatus.Noticed, listing.Status);
        Assert.Equal(ListingStatus.Noticed, another.Status);
    }
}
