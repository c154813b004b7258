using LandPlatform.Credit.Domain;
using LandPlatform.Credit.Infrastructure.Mapping;
using LandPlatform.Messaging.Outbox;
using LandPlatform.SeedWork;
using Contracts = LandPlatform.IntegrationContracts.Events;

namespace LandPlatform.Credit.Infrastructure;

/// <summary>
/// Turns a listing's domain events into the published integration events, written to the outbox in
/// the same SaveChanges as the listing, then clears them (so a retried save cannot publish twice).
/// </summary>
internal static class ListingOutbox
{
    public static void Stage(CreditDbContext db, Listing listing)
    {
        var entry = db.Entry(listing);
        if (entry.State != Microsoft.EntityFrameworkCore.EntityState.Added)
        {
            var revision = entry.Property<int>(ListingColumns.Revision);
            revision.CurrentValue++;
        }

        foreach (var domainEvent in listing.DomainEvents)
        {
            if (ToIntegrationEvent(domainEvent) is { } integrationEvent)
            {
                db.AddIntegrationEvent(integrationEvent);
            }
        }

        listing.ClearDomainEvents();
    }

    private static Contracts.IntegrationEvent? ToIntegrationEvent(ICreditDomainEvent domainEvent) => domainEvent switch
    {
        ListingNoticeIssued e => new Contracts.ListingNoticeIssued(
            e.ListingId, e.Uscc, e.Reason.ToString(), ChinaTime.DateOf(e.OccurredAt), e.LastDayToObject)
        {
            OccurredAt = e.OccurredAt,
            EnterpriseName = e.EnterpriseName,
            DocumentType = e.Document.Type,
            DocumentNumber = e.Document.Number,
            DocumentDate = e.Document.Date,
            SourceEventKey = e.Source.EventKey,
        },
        EnterpriseBlacklisted e => new Contracts.EnterpriseBlacklisted(
            e.ListingId, e.Uscc, e.Reason.ToString(), ChinaTime.DateOf(e.EffectiveFrom))
        {
            OccurredAt = e.OccurredAt,
            EnterpriseName = e.EnterpriseName,
            DocumentType = e.Document.Type,
            DocumentNumber = e.Document.Number,
            DocumentDate = e.Document.Date,
            EffectiveFrom = e.EffectiveFrom,
            PeriodEndsAt = e.PeriodEndsAt,
        },
        EnterpriseDelisted e => new Contracts.EnterpriseDelisted(e.ListingId, e.Uscc, e.Reasons, ChinaTime.DateOf(e.OccurredAt))
        {
            OccurredAt = e.OccurredAt,
            EnterpriseName = e.EnterpriseName,
            Kind = e.Kind.ToString(),
        },
        // A withdrawn notice never barred land, but subscribers were told of the notice: tell them it
        // is gone (the contract's "successful objection" case).
        ListingWithdrawn e => new Contracts.EnterpriseDelisted(e.ListingId, e.Uscc, e.Reasons, ChinaTime.DateOf(e.OccurredAt))
        {
            OccurredAt = e.OccurredAt,
            EnterpriseName = e.EnterpriseName,
            Kind = "NoticeWithdrawn",
        },
        // An objection is the office's own work item, not a published fact.
        _ => null,
    };
}
