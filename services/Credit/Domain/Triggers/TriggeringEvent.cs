using LandPlatform.IntegrationContracts.Enterprises;
using LandPlatform.SeedWork;

namespace LandPlatform.Credit.Domain;

/// <summary>
/// Another bureau's event, as the credit domain needs it to open a notice: which event (type + id, for
/// the source and for idempotency), which enterprise, and the legally effective document the event
/// carries. The consumer maps the integration message into one of the subclasses.
/// </summary>
public abstract record TriggeringEvent(
    string EventId,
    UnifiedSocialCreditCode Uscc,
    LegalDocument? Document,
    IReadOnlyList<EvidenceReference> Evidence,
    DateTimeOffset OccurredAt)
{
    public abstract TriggeringEventType Type { get; }

    /// <summary>The idempotency key (<see cref="ListingSource.KeyFor"/>): at most one listing per key.</summary>
    public string Key => ListingSource.KeyFor(Type, EventId);

    /// <summary>The listing reason this event gives.</summary>
    internal abstract ListingReason Reason { get; }

    /// <summary>The rules that decide whether this event warrants a notice at all, checked before the notice is opened.</summary>
    internal abstract IEnumerable<IBusinessRule> RulesForANotice(CreditPolicy policy);
}
