using LandPlatform.Credit.Domain;
using LandPlatform.Credit.Infrastructure;
using LandPlatform.IntegrationContracts.Enterprises;
using Contract = LandPlatform.IntegrationContracts.Events.ContractTerminated;

namespace LandPlatform.Credit.Consumers;

/// <summary>A contract terminated for the enterprise's fault opens a notice; the contract is the source event (one notice per contract).</summary>
internal sealed class ContractTerminatedConsumer(CreditDbContext db, NoticeFromEvents notices, ILogger<ContractTerminatedConsumer> logger)
    : NoticeConsumer<Contract>(db, notices, logger)
{
    protected override string Uscc(Contract message) => message.Uscc;

    protected override string? EnterpriseName(Contract message) => message.EnterpriseName;

    protected override TriggeringEvent? ToTrigger(Contract message, UnifiedSocialCreditCode uscc, out string? whyNot)
    {
        if (!Enum.TryParse<ContractTerminationCause>(message.Cause, ignoreCase: true, out var cause)
            || !Enum.IsDefined(cause) || message.Cause.All(char.IsDigit))
        {
            whyNot = $"termination cause '{message.Cause}' is not one of {string.Join(", ", Enum.GetNames<ContractTerminationCause>())}";
            return null;
        }

        whyNot = null;
        return new ContractTerminated(
            message.ContractId.ToString(),
            uscc,
            message.ContractId.ToString(),
            cause,
            Document(message.DocumentType, message.DocumentNumber, message.DocumentDate),
            [],
            message.OccurredAt);
    }
}
