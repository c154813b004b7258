using LandPlatform.IntegrationContracts.Enterprises;
using LandPlatform.SeedWork;

namespace LandPlatform.Credit.Domain;

/// <summary>
/// The monitoring bureau's assessment (达标考核) failed. Only the final failure, after the rectification
/// period, opens a notice (seed 004 附件3 五（二）; seed 002 第十四条 "逾期仍未通过达产验收的…列入失信黑名单").
/// </summary>
public sealed record AssessmentFailed(
    string EventId,
    UnifiedSocialCreditCode Uscc,
    string ContractId,
    bool FinalAfterRectification,
    LegalDocument? Document,
    IReadOnlyList<EvidenceReference> Evidence,
    DateTimeOffset OccurredAt) : TriggeringEvent(EventId, Uscc, Document, Evidence, OccurredAt)
{
    public override TriggeringEventType Type => TriggeringEventType.AssessmentFailed;

    internal override ListingReason Reason => ListingReason.FailedAssessmentAfterRectification;

    internal override IEnumerable<IBusinessRule> RulesForANotice(CreditPolicy policy)
    {
        yield return new AssessmentFailureMustBeFinalAfterRectification(FinalAfterRectification);
    }
}
