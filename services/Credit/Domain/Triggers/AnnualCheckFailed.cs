using LandPlatform.IntegrationContracts.Enterprises;
using LandPlatform.SeedWork;

namespace LandPlatform.Credit.Domain;

/// <summary>The annual re-check after passing found an indicator below standard (seed 004 附件3 五（四）: 依法将乙方列入失信企业名单).</summary>
public sealed record AnnualCheckFailed(
    string EventId,
    UnifiedSocialCreditCode Uscc,
    string ContractId,
    int Year,
    LegalDocument? Document,
    IReadOnlyList<EvidenceReference> Evidence,
    DateTimeOffset OccurredAt) : TriggeringEvent(EventId, Uscc, Document, Evidence, OccurredAt)
{
    public override TriggeringEventType Type => TriggeringEventType.AnnualCheckFailed;

    internal override ListingReason Reason => ListingReason.FailedAnnualRecheck;

    internal override IEnumerable<IBusinessRule> RulesForANotice(CreditPolicy policy) => [];
}
