using LandPlatform.IntegrationContracts.Enterprises;
using LandPlatform.SeedWork;

namespace LandPlatform.Credit.Domain;

/// <summary>
/// The monitoring bureau found a parcel idle. <paramref name="IdleSince"/> is the day from which the
/// land counts as unused (the agreed start date, or the day work stopped). Only land idle for the
/// pack's recovery threshold (national: 2 years, 闲置土地处置办法 第十四条（二）, recovery without
/// compensation) and not idle because of the government (第八条) opens a notice.
/// </summary>
public sealed record IdleLandDetected(
    string EventId,
    UnifiedSocialCreditCode Uscc,
    string ParcelId,
    DateOnly IdleSince,
    DateOnly DetectedOn,
    bool CausedByGovernment,
    LegalDocument? Document,
    IReadOnlyList<EvidenceReference> Evidence,
    DateTimeOffset OccurredAt) : TriggeringEvent(EventId, Uscc, Document, Evidence, OccurredAt)
{
    public override TriggeringEventType Type => TriggeringEventType.IdleLandDetected;

    internal override ListingReason Reason => ListingReason.IdleLand;

    internal override IEnumerable<IBusinessRule> RulesForANotice(CreditPolicy policy)
    {
        yield return new IdleLandMustNotBeTheGovernmentsDelay(CausedByGovernment);
        yield return new IdleLandMustHaveBeenIdleForTheRecoveryPeriod(IdleSince, DetectedOn, policy.IdleLand);
    }
}
