using LandPlatform.Credit.Domain;
using LandPlatform.Credit.Infrastructure;
using LandPlatform.Credit.Policies;
using LandPlatform.SeedWork;

namespace LandPlatform.Credit.Consumers;

/// <summary>
/// Opens a notice from another bureau's event (issue 4 "automatic notices"), at most once per source
/// event: the key is looked up first (a different message carrying the same event finds the notice),
/// and the unique index on <see cref="Listing.SourceEventKey"/> stops a racing duplicate (the loser's
/// transaction fails, is retried, and then finds the notice).
/// </summary>
internal sealed partial class NoticeFromEvents(
    CreditDbContext db, CreditPolicyCatalog policies, TimeProvider clock, ILogger<NoticeFromEvents> logger)
{
    /// <summary>The notice opened, or null when the event had one already or does not warrant one.</summary>
    public async Task<Listing?> OpenAsync(TriggeringEvent trigger, string? enterpriseName, CancellationToken ct)
    {
        if (await CreditFile.HasListingFromEventAsync(db, trigger.Key, ct))
        {
            LogAlreadyNoticed(logger, trigger.Key);
            return null;
        }

        var now = clock.GetUtcNow();
        var file = await CreditFile.EnterpriseAsync(db, trigger.Uscc.Value, ct);
        var newFile = file is null;
        // 一主体一档案: an enterprise first met through an event gets its file now, named as the event names it.
        file ??= Enterprise.Open(trigger.Uscc, string.IsNullOrWhiteSpace(enterpriseName) ? trigger.Uscc.Value : enterpriseName, Actor.CreditService, now);

        Listing listing;
        try
        {
            // Events name no district pack: the national default in force on the notice date applies.
            var policy = policies.Resolve(null, ChinaTime.DateOf(now));
            // The same document may already carry a listing (a clerk's notice): the event opens none.
            IReadOnlyList<Listing> open = newFile ? [] : await CreditFile.OpenListingsOfAsync(db, file.Uscc, ct);
            listing = Listing.NoticeFromEvent(file, open, trigger, policy, now);
        }
        catch (BusinessRuleBrokenException e)
        {
            // Not a failure to retry: the event does not warrant a notice (a lawful termination, a
            // rectifiable assessment, no document, a document an open listing already rests on…). The consumption is still audited and the inbox
            // remembers the message.
            LogNoNotice(logger, trigger.Key, e.RuleName, e.Message);
            return null;
        }

        if (newFile)
        {
            db.Enterprises.Add(file);
        }

        db.Listings.Add(listing);
        ListingOutbox.Stage(db, listing);
        LogNoticed(logger, listing.Id, trigger.Key, listing.Uscc);
        return listing;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Event {EventKey} already opened a notice; nothing done")]
    private static partial void LogAlreadyNoticed(ILogger logger, string eventKey);

    [LoggerMessage(Level = LogLevel.Information, Message = "Event {EventKey} opens no notice: {Rule}: {Reason}")]
    private static partial void LogNoNotice(ILogger logger, string eventKey, string rule, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Notice {ListingId} opened for {Uscc} from event {EventKey}")]
    private static partial void LogNoticed(ILogger logger, Guid listingId, string eventKey, string uscc);
}
