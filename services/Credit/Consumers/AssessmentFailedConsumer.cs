using LandPlatform.Credit.Domain;
using LandPlatform.Credit.Infrastructure;
using LandPlatform.IntegrationContracts.Enterprises;
using Contract = LandPlatform.IntegrationContracts.Events.AssessmentFailed;

namespace LandPlatform.Credit.Consumers;

/// <summary>Only the final failure after rectification opens a notice (the domain's rule); the assessment is the source event.</summary>
internal sealed class AssessmentFailedConsumer(CreditDbContext db, NoticeFromEvents notices, ILogger<AssessmentFailedConsumer> logger)
    : NoticeConsumer<Contract>(db, notices, logger)
{
    protected override string Uscc(Contract message) => message.Uscc;

    protected override string? EnterpriseName(Contract message) => message.EnterpriseName;

    protected override TriggeringEvent? ToTrigger(Contract message, UnifiedSocialCreditCode uscc, out string? whyNot)
    {
        whyNot = null;
        return new AssessmentFailed(
            message.AssessmentId.ToString(),
            uscc,
            message.ContractId.ToString(),
            message.FinalAfterRectification,
            Document(message.DocumentType, message.DocumentNumber, message.DocumentDate),
            [],
            message.OccurredAt);
    }
}
