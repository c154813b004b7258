using LandPlatform.Credit.Domain;

namespace LandPlatform.Credit.Tests.Domain;

public sealed class CreditStatusTests
{
    private static readonly NaturalPerson Controller = new("赵六", "110101197001011234");

    [Fact]
    public void An_enterprise_with_no_listing_is_clear()
    {
        var status = CreditStatus.Of(A.Code, null, [], [], A.DuringThePeriod);

        Assert.Equal(CreditStanding.Clear, status.Standing);
        Assert.Empty(status.EffectiveListings);
        Assert.Empty(status.RelatedSubjectHits);
    }

    [Fact]
    public void A_pending_notice_makes_it_noticed_but_not_listed()
    {
        var status = CreditStatus.Of(A.Code, A.Enterprise(), [], [A.Notice()], A.DuringThePeriod);

        Assert.Equal(CreditStanding.Noticed, status.Standing);
        Assert.Single(status.PendingNotices);
        Assert.Empty(status.EffectiveListings);
    }

    [Fact]
    public void An_effective_listing_makes_it_listed_with_reason_document_and_dates()
    {
        var listing = A.Effective();

        var status = CreditStatus.Of(A.Code, A.Enterprise(), [], [listing, A.Notice()], A.DuringThePeriod);

        Assert.Equal(CreditStanding.Listed, status.Standing);
        var summary = Assert.Single(status.EffectiveListings);
        Assert.Equal(listing.Id, summary.ListingId);
        Assert.Equal(ListingReason.BreachOfContract, summary.Reason);
        Assert.Equal(A.Document, summary.Document);
        Assert.Equal(A.Beijing(2025, 3, 17), summary.EffectiveFrom);
        Assert.Equal(A.Beijing(2028, 3, 17), summary.PeriodEndsAt);
    }

    [Fact]
    public void Withdrawn_and_delisted_listings_leave_it_clear()
    {
        var withdrawn = A.Notice();
        A.Object(withdrawn, A.Beijing(2025, 3, 5));
        withdrawn.ReviewObjection(ObjectionOutcome.Upheld, "成立", A.Reviewer, A.Beijing(2025, 3, 8));
        var delisted = A.Effective();
        delisted.Delist(new DelistingDecision(DelistingKind.CauseCured, "已修复", A.Reviewer, A.Beijing(2025, 6, 1)));

        var status = CreditStatus.Of(A.Code, A.Enterprise(), [], [withdrawn, delisted], A.DuringThePeriod);

        Assert.Equal(CreditStanding.Clear, status.Standing);
    }

    [Fact]
    public void An_effective_listing_of_an_enterprise_with_the_same_legal_representative_is_a_hit()
    {
        var applicant = A.Enterprise(A.Code, "新设公司");
        applicant.RecordLegalRepresentative(Controller, A.Clerk, A.Beijing(2025, 1, 1));
        var barred = A.Enterprise(A.OtherCode, "被列入公司");
        barred.RecordLegalRepresentative(new NaturalPerson("赵六", "110101197001011234"), A.Clerk, A.Beijing(2024, 1, 1));
        var listing = A.Effective(barred);

        var status = CreditStatus.Of(A.Code, applicant, [barred], [listing], A.DuringThePeriod);

        Assert.Equal(CreditStanding.Clear, status.Standing);
        var hit = Assert.Single(status.RelatedSubjectHits);
        Assert.Equal(A.OtherCode.Value, hit.RelatedUscc);
        Assert.Equal(SubjectRelation.SameLegalRepresentative, hit.Relation);
        Assert.Equal(listing.Id, hit.Listing.ListingId);
    }

    [Fact]
    public void A_barred_company_controlling_the_applicant_is_a_hit()
    {
        var applicant = A.Enterprise(A.Code, "新设子公司");
        var parent = A.Enterprise(A.OtherCode, "被列入母公司");
        parent.RecordControlledCompany(A.Code, A.Clerk, A.Beijing(2025, 1, 1));

        var status = CreditStatus.Of(A.Code, applicant, [parent], [A.Effective(parent)], A.DuringThePeriod);

        Assert.Equal(SubjectRelation.ControlsTheEnterprise, Assert.Single(status.RelatedSubjectHits).Relation);
    }

    [Fact]
    public void A_barred_company_the_applicant_controls_is_a_hit()
    {
        var applicant = A.Enterprise(A.Code, "母公司");
        applicant.RecordControlledCompany(A.ThirdCode, A.Clerk, A.Beijing(2025, 1, 1));
        var child = A.Enterprise(A.ThirdCode, "被列入子公司");

        var status = CreditStatus.Of(A.Code, applicant, [child], [A.Effective(child)], A.DuringThePeriod);

        Assert.Equal(SubjectRelation.ControlledByTheEnterprise, Assert.Single(status.RelatedSubjectHits).Relation);
    }

    [Fact]
    public void Unrelated_enterprises_notices_and_ended_relations_are_not_hits()
    {
        var applicant = A.Enterprise(A.Code, "申请人");
        applicant.RecordLegalRepresentative(Controller, A.Clerk, A.Beijing(2025, 1, 1));
        applicant.RecordControlledCompany(A.ThirdCode, A.Clerk, A.Beijing(2025, 1, 1));
        applicant.EndControlOf(A.ThirdCode, A.Clerk, A.Beijing(2025, 2, 1));
        var formerChild = A.Enterprise(A.ThirdCode, "原子公司");
        var sameRepOnlyNoticed = A.Enterprise(A.OtherCode, "同一法人但仅告知");
        sameRepOnlyNoticed.RecordLegalRepresentative(Controller, A.Clerk, A.Beijing(2024, 1, 1));

        var status = CreditStatus.Of(
            A.Code, applicant, [formerChild, sameRepOnlyNoticed], [A.Effective(formerChild), A.Notice(sameRepOnlyNoticed)], A.DuringThePeriod);

        Assert.Empty(status.RelatedSubjectHits);
    }

    [Fact]
    public void A_hit_names_the_relation_never_the_person()
    {
        var hitType = typeof(RelatedSubjectHit);

        Assert.DoesNotContain(hitType.GetProperties(), p => p.PropertyType == typeof(NaturalPerson));
        Assert.DoesNotContain(typeof(ListingSummary).GetProperties(), p => p.Name.Contains("Evidence", StringComparison.Ordinal));
    }
}
