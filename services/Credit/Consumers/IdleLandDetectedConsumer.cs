using LandPlatform.Credit.Domain;
using LandPlatform.Credit.Infrastructure;
using LandPlatform.IntegrationContracts.Enterprises;
using Contract = LandPlatform.IntegrationContracts.Events.IdleLandDetected;

namespace LandPlatform.Credit.Consumers;

/// <summary>
/// Idle land opens a notice only past the pack's recovery threshold (national: 2 years) and not when the
/// government caused the delay (the domain's rules). One notice per contract and parcel: the monitoring
/// bureau reports the same idle parcel again each year, and that is the same cause, not a new one.
/// </summary>
internal sealed class IdleLandDetectedConsumer(CreditDbContext db, NoticeFromEvents notices, ILogger<IdleLandDetectedConsumer> logger)
    : NoticeConsumer<Contract>(db, notices, logger)
{
    protected override string Uscc(Contract message) => message.Uscc;

    protected override string? EnterpriseName(Contract message) => message.EnterpriseName;

    protected override TriggeringEvent? ToTrigger(Contract message, UnifiedSocialCreditCode uscc, out string? whyNot)
    {
        if (string.IsNullOrWhiteSpace(message.ParcelCode))
        {
            whyNot = "no parcel code";
            return null;
        }

        whyNot = null;
        return new IdleLandDetected(
            $"{message.ContractId}:{message.ParcelCode.Trim()}",
            uscc,
            message.ParcelCode.Trim(),
            message.IdleSince ?? message.DetectedOn.AddYears(-message.YearsIdle),
            message.DetectedOn,
            message.CausedByGovernment,
            Document(message.DocumentType, message.DocumentNumber, message.DocumentDate),
            [],
            message.OccurredAt);
    }
}
