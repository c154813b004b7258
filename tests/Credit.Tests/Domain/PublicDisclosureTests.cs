using LandPlatform.Credit.Domain;

namespace LandPlatform.Credit.Tests.Domain;

public sealed class PublicDisclosureTests
{
    [Fact]
    public void The_public_sees_name_code_reason_document_start_and_end_of_an_effective_listing()
    {
        var listing = A.Effective();

        var item = PublicListing.From(listing, A.DuringThePeriod);

        Assert.Equal(
            new PublicListing("北京某科技有限公司", A.Code.Value, ListingReason.BreachOfContract, "解除合同通知书", "石政地〔2025〕12号",
                new DateOnly(2025, 2, 20), new DateOnly(2025, 3, 17), new DateOnly(2028, 3, 16)),
            item);
    }

    [Fact]
    public void The_public_end_is_the_last_day_of_the_period()
    {
        // Effective from 2025-03-17 00:00 Beijing for 3 years: in force through 2028-03-16, gone at 2028-03-17 00:00.
        var listing = A.Effective();

        var end = PublicListing.From(listing, A.DuringThePeriod).End;

        Assert.Equal(new DateOnly(2028, 3, 16), end);
        Assert.Equal(end, listing.LastDayListed);
        Assert.True(listing.BarsLandAt(A.Beijing(2028, 3, 16, 23, 59, 59)));
        Assert.False(listing.BarsLandAt(A.Beijing(2028, 3, 17)));
        Assert.EndsWith("列入期至 2028-03-16", listing.History[^1].What, StringComparison.Ordinal);
    }

    [Fact]
    public void The_public_list_holds_only_effective_listings()
    {
        var effective = A.Effective();
        var notice = A.Notice();
        var delisted = A.Effective();
        delisted.Delist(new DelistingDecision(DelistingKind.CauseCured, "已修复", A.Reviewer, A.Beijing(2025, 6, 1)));

        var list = PublicListing.Of([effective, notice, delisted], A.DuringThePeriod);

        Assert.Single(list);
        A.Refused<OnlyAnEffectiveListingIsDisclosed>(() => PublicListing.From(notice, A.DuringThePeriod));
    }

    [Fact]
    public void A_disclosed_listing_has_only_public_fields()
    {
        var names = typeof(PublicListing).GetProperties().Select(p => p.Name).Order(StringComparer.Ordinal);

        Assert.Equal(
            ["DocumentDate", "DocumentNumber", "DocumentType", "End", "EnterpriseName", "Reason", "Start", "Uscc"],
            names);
    }

    [Fact]
    public void Nothing_private_reaches_the_public_text()
    {
        var file = A.Enterprise();
        file.RecordLegalRepresentative(new NaturalPerson("张三", "110101199003071234"), A.Clerk, A.Beijing(2024, 2, 1));
        var listing = A.Effective(file);

        var text = PublicListing.From(listing, A.DuringThePeriod).ToString();

        Assert.DoesNotContain("110101199003071234", text, StringComparison.Ordinal);
        Assert.DoesNotContain("张三", text, StringComparison.Ordinal);
        Assert.DoesNotContain(A.Evidence.Title, text, StringComparison.Ordinal);
        Assert.DoesNotContain(A.Clerk.Name, text, StringComparison.Ordinal);
    }
}
