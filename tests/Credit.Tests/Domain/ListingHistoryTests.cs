using LandPlatform.Credit.Domain;

namespace LandPlatform.Credit.Tests.Domain;

public sealed class ListingHistoryTests
{
    [Fact]
    public void Every_step_appends_who_when_and_what_and_earlier_entries_stay_as_they_were()
    {
        var listing = A.Notice();
        var first = Snapshot(listing.History[0]);
        A.Object(listing, A.Beijing(2025, 3, 5));
        listing.ReviewObjection(ObjectionOutcome.Rejected, "异议不成立", A.Reviewer, A.Beijing(2025, 3, 20));
        listing.Delist(new DelistingDecision(DelistingKind.CauseCured, "已整改到位", A.Reviewer, A.Beijing(2025, 9, 1)));

        Assert.Equal(
            [ListingStep.NoticeIssued, ListingStep.ObjectionFiled, ListingStep.ObjectionRejected, ListingStep.Delisted],
            listing.History.Select(h => h.Step));
        Assert.Equal([1, 2, 3, 4], listing.History.Select(h => h.Sequence));
        Assert.Equal([A.Clerk, A.EnterpriseUser, A.Reviewer, A.Reviewer], listing.History.Select(h => h.By));
        Assert.Equal(
            [A.NoticeTime, A.Beijing(2025, 3, 5), A.Beijing(2025, 3, 20), A.Beijing(2025, 9, 1)],
            listing.History.Select(h => h.At));
        Assert.Equal(
            [ListingStatus.Noticed, ListingStatus.Noticed, ListingStatus.Effective, ListingStatus.Delisted],
            listing.History.Select(h => h.To));
        Assert.Null(listing.History[0].From);
        Assert.Contains("异议不成立", listing.History[2].What, StringComparison.Ordinal);
        Assert.Contains("已整改到位", listing.History[3].What, StringComparison.Ordinal);
        Assert.Equal(first, Snapshot(listing.History[0]));
    }

    [Fact]
    public void The_history_cannot_be_changed_from_outside()
    {
        var listing = A.Effective();

        var asCollection = Assert.IsAssignableFrom<ICollection<ListingHistoryEntry>>(listing.History);
        Assert.Throws<NotSupportedException>(() => asCollection.Clear());
        Assert.Throws<NotSupportedException>(() => asCollection.Remove(listing.History[0]));
        Assert.Equal(2, listing.History.Count);
    }

    [Fact]
    public void Clearing_domain_events_after_dispatch_leaves_the_history_intact()
    {
        var listing = A.Effective();

        listing.ClearDomainEvents();

        Assert.Empty(listing.DomainEvents);
        Assert.Equal(2, listing.History.Count);
    }

    private static string Snapshot(ListingHistoryEntry e) => $"{e.Sequence}|{e.Step}|{e.From}|{e.To}|{e.By}|{e.At:O}|{e.What}";
}
