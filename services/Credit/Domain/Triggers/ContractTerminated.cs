using LandPlatform.IntegrationContracts.Enterprises;
using LandPlatform.SeedWork;

namespace LandPlatform.Credit.Domain;

/// <summary>The contracts bureau terminated a land or supervision contract. Only a termination for the enterprise's fault opens a notice.</summary>
public sealed record ContractTerminated(
    string EventId,
    UnifiedSocialCreditCode Uscc,
    string ContractId,
    ContractTerminationCause Cause,
    LegalDocument? Document,
    IReadOnlyList<EvidenceReference> Evidence,
    DateTimeOffset OccurredAt) : TriggeringEvent(EventId, Uscc, Document, Evidence, OccurredAt)
{
    public override TriggeringEventType Type => TriggeringEventType.ContractTerminated;

    internal override ListingReason Reason => Cause switch
    {
        ContractTerminationCause.UnauthorisedChangeOfUse => ListingReason.UnauthorisedChangeOfUse,
        ContractTerminationCause.UnpaidLandPriceOrRent => ListingReason.UnpaidLandPrice,
        ContractTerminationCause.Fraud => ListingReason.Fraud,
        _ => ListingReason.BreachOfContract,
    };

    internal override IEnumerable<IBusinessRule> RulesForANotice(CreditPolicy policy)
    {
        yield return new ContractMustBeTerminatedForACause(Cause);
        yield return new FailedAssessmentIsNoticedFromTheAssessment(Cause);
    }
}
