using LandPlatform.Credit.Domain;

namespace LandPlatform.Credit.Tests.Domain;

public sealed class NoticesFromEventsTests
{
    private static readonly LegalDocument TerminationNotice = new("解除合同通知书", "西政〔2025〕8号", new DateOnly(2025, 2, 25));
    private static readonly DateTimeOffset Received = A.Beijing(2025, 3, 1, 10);

    private static ContractTerminated Terminated(ContractTerminationCause cause, LegalDocument? document = null) =>
        new("evt-001", A.Code, "contract-7", cause, document ?? TerminationNotice, [A.Evidence], A.Beijing(2025, 2, 26));

    [Theory]
    [InlineData(ContractTerminationCause.BreachOfContract, ListingReason.BreachOfContract)]
    [InlineData(ContractTerminationCause.UnauthorisedChangeOfUse, ListingReason.UnauthorisedChangeOfUse)]
    [InlineData(ContractTerminationCause.UnauthorisedTransferLeaseOrMortgage, ListingReason.BreachOfContract)]
    [InlineData(ContractTerminationCause.UnpaidLandPriceOrRent, ListingReason.UnpaidLandPrice)]
    [InlineData(ContractTerminationCause.Fraud, ListingReason.Fraud)]
    public void A_contract_terminated_for_a_cause_opens_a_notice_citing_the_event_and_its_document(
        ContractTerminationCause cause, ListingReason reason)
    {
        var listing = Listing.NoticeFromEvent(A.Enterprise(), [], Terminated(cause), A.Policy(), Received);

        Assert.Equal(ListingStatus.Noticed, listing.Status);
        Assert.Equal(reason, listing.Reason);
        Assert.Equal(TerminationNotice, listing.Document);
        Assert.Equal(ListingSourceKind.TriggeringEvent, listing.Source.Kind);
        Assert.Equal(TriggeringEventType.ContractTerminated, listing.Source.EventType);
        Assert.Equal("evt-001", listing.Source.EventId);
        Assert.Equal("ContractTerminated:evt-001", listing.SourceEventKey);
        Assert.Equal(Actor.CreditService, listing.History[0].By);
        var e = Assert.IsType<ListingNoticeIssued>(Assert.Single(listing.DomainEvents));
        Assert.Equal(listing.Source, e.Source);
    }

    [Theory]
    [InlineData(ContractTerminationCause.EnterpriseRequest)]
    [InlineData(ContractTerminationCause.MutualAgreement)]
    [InlineData(ContractTerminationCause.PublicInterest)]
    public void A_termination_that_is_not_the_enterprises_fault_opens_no_notice(ContractTerminationCause cause)
    {
        A.Refused<ContractMustBeTerminatedForACause>(() => Listing.NoticeFromEvent(A.Enterprise(), [], Terminated(cause), A.Policy(), Received));
    }

    [Fact]
    public void A_termination_for_a_failed_assessment_leaves_the_notice_to_the_assessment_event()
    {
        A.Refused<FailedAssessmentIsNoticedFromTheAssessment>(() =>
            Listing.NoticeFromEvent(A.Enterprise(), [], Terminated(ContractTerminationCause.FailedAssessment), A.Policy(), Received));
    }

    [Fact]
    public void An_event_without_a_document_opens_no_notice()
    {
        var withoutDocument = Terminated(ContractTerminationCause.Fraud) with { Document = null };

        A.Refused<ListingMustRestOnALegallyEffectiveDocument>(() => Listing.NoticeFromEvent(A.Enterprise(), [], withoutDocument, A.Policy(), Received));
    }

    [Fact]
    public void A_final_assessment_failure_after_rectification_opens_a_notice()
    {
        var failed = new AssessmentFailed("evt-2", A.Code, "contract-7", FinalAfterRectification: true,
            new LegalDocument("达标考核结论书", "考〔2025〕3号", new DateOnly(2025, 2, 1)), [], A.Beijing(2025, 2, 2));

        var listing = Listing.NoticeFromEvent(A.Enterprise(), [], failed, A.Policy(), Received);

        Assert.Equal(ListingReason.FailedAssessmentAfterRectification, listing.Reason);
        Assert.Equal("AssessmentFailed:evt-2", listing.SourceEventKey);
    }

    [Fact]
    public void A_first_assessment_failure_leads_to_rectification_not_to_a_notice()
    {
        var failed = new AssessmentFailed("evt-2", A.Code, "contract-7", FinalAfterRectification: false,
            new LegalDocument("达标考核结论书", "考〔2025〕3号", new DateOnly(2025, 2, 1)), [], A.Beijing(2025, 2, 2));

        A.Refused<AssessmentFailureMustBeFinalAfterRectification>(() => Listing.NoticeFromEvent(A.Enterprise(), [], failed, A.Policy(), Received));
    }

    [Fact]
    public void A_failed_annual_recheck_opens_a_notice()
    {
        var failed = new AnnualCheckFailed("evt-3", A.Code, "contract-7", 2024,
            new LegalDocument("年度复查结论", "复〔2025〕1号", new DateOnly(2025, 1, 15)), [], A.Beijing(2025, 1, 16));

        var listing = Listing.NoticeFromEvent(A.Enterprise(), [], failed, A.Policy(), Received);

        Assert.Equal(ListingReason.FailedAnnualRecheck, listing.Reason);
        Assert.Equal(TriggeringEventType.AnnualCheckFailed, listing.Source.EventType);
    }

    private static IdleLandDetected Idle(DateOnly idleSince, DateOnly detectedOn, bool government = false) =>
        new("evt-4", A.Code, "parcel-110107-001", idleSince, detectedOn, government,
            new LegalDocument("闲置土地认定书", "闲〔2025〕2号", detectedOn), [], A.Beijing(2025, 2, 28));

    [Fact]
    public void Land_idle_for_two_years_opens_a_notice_from_the_day_after_the_second_anniversary()
    {
        // 民法典 第二百零一条: the period runs from the day after the start, so 满两年 ends with 28 February 2025, 24:00.
        var listing = Listing.NoticeFromEvent(A.Enterprise(), [], Idle(new DateOnly(2023, 2, 28), new DateOnly(2025, 3, 1)), A.Policy(), Received);

        Assert.Equal(ListingReason.IdleLand, listing.Reason);
    }

    [Fact]
    public void Land_idle_until_the_second_anniversary_itself_opens_no_notice_yet()
    {
        var rule = A.Refused<IdleLandMustHaveBeenIdleForTheRecoveryPeriod>(() =>
            Listing.NoticeFromEvent(A.Enterprise(), [], Idle(new DateOnly(2023, 2, 28), new DateOnly(2025, 2, 28)), A.Policy(), Received));

        Assert.Contains("only from 2025-03-01", rule.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Land_idle_for_less_than_two_years_opens_no_notice()
    {
        var rule = A.Refused<IdleLandMustHaveBeenIdleForTheRecoveryPeriod>(() =>
            Listing.NoticeFromEvent(A.Enterprise(), [], Idle(new DateOnly(2023, 3, 1), new DateOnly(2025, 2, 28)), A.Policy(), Received));

        Assert.Equal("闲置土地处置办法 第十四条（二）", rule.Clause);
    }

    [Fact]
    public void Land_idle_because_of_the_government_opens_no_notice()
    {
        A.Refused<IdleLandMustNotBeTheGovernmentsDelay>(() =>
            Listing.NoticeFromEvent(A.Enterprise(), [], Idle(new DateOnly(2020, 1, 1), new DateOnly(2025, 2, 28), government: true), A.Policy(), Received));
    }

    [Fact]
    public void The_same_event_always_yields_the_same_idempotency_key_so_the_consumer_can_skip_a_redelivery()
    {
        var first = Terminated(ContractTerminationCause.Fraud);
        var redelivered = Terminated(ContractTerminationCause.Fraud);
        var stored = new List<Listing> { Listing.NoticeFromEvent(A.Enterprise(), [], first, A.Policy(), Received) };

        // What the consumer does: look the key up (a unique index in the store) before opening a notice.
        var alreadyNoticed = stored.Any(l => l.SourceEventKey == redelivered.Key);

        Assert.True(alreadyNoticed);
        Assert.Equal(ListingSource.KeyFor(TriggeringEventType.ContractTerminated, " evt-001 "), redelivered.Key);
        Assert.NotEqual(first.Key, (first with { EventId = "evt-002" }).Key);
    }

    [Fact]
    public void An_event_about_another_enterprise_is_not_filed_under_this_one()
    {
        Assert.Throws<ArgumentException>(() =>
            Listing.NoticeFromEvent(A.Enterprise(A.OtherCode), [], Terminated(ContractTerminationCause.Fraud), A.Policy(), Received));
    }

    [Fact]
    public void An_event_on_the_document_of_an_open_manual_notice_opens_no_second_listing()
    {
        var file = A.Enterprise();
        var manual = Listing.IssueNotice(file, [], ListingReason.Fraud, TerminationNotice, [], A.Clerk, A.Policy(), A.Beijing(2025, 2, 26));

        A.Refused<ADocumentOpensOneListing>(() =>
            Listing.NoticeFromEvent(file, [manual], Terminated(ContractTerminationCause.Fraud, TerminationNotice), A.Policy(), Received));
    }
}
