using LandPlatform.Credit.Domain;
using LandPlatform.Credit.Infrastructure;
using LandPlatform.IntegrationContracts.Enterprises;
using Contract = LandPlatform.IntegrationContracts.Events.AnnualCheckFailed;

namespace LandPlatform.Credit.Consumers;

/// <summary>A failed annual re-check opens a notice (seed 004 附件3 五（四）); the check is the source event.</summary>
internal sealed class AnnualCheckFailedConsumer(CreditDbContext db, NoticeFromEvents notices, ILogger<AnnualCheckFailedConsumer> logger)
    : NoticeConsumer<Contract>(db, notices, logger)
{
    protected override string Uscc(Contract message) => message.Uscc;

    protected override string? EnterpriseName(Contract message) => message.EnterpriseName;

    protected override TriggeringEvent? ToTrigger(Contract message, UnifiedSocialCreditCode uscc, out string? whyNot)
    {
        whyNot = null;
        return new AnnualCheckFailed(
            message.CheckId.ToString(),
            uscc,
            message.ContractId.ToString(),
            message.Year,
            Document(message.DocumentType, message.DocumentNumber, message.DocumentDate),
            [],
            message.OccurredAt);
    }
}
