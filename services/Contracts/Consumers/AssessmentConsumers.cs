using LandPlatform.Contracts.Application;
using LandPlatform.Contracts.Domain;
using LandPlatform.Contracts.Domain.Lifecycle;
using LandPlatform.Contracts.Infrastructure;
using LandPlatform.Contracts.Policies;
using LandPlatform.IntegrationContracts.Events;
using LandPlatform.Messaging.Outbox;
using LandPlatform.Messaging.Inbox;
using LandPlatform.SeedWork;
using MassTransit;

namespace LandPlatform.Contracts.Consumers;

/// <summary>
/// 达标考核通过 (monitoring): the contract passes — a grant's deposit is refunded (Xihu 第九条), a lease opens its
/// grant (Beijing 三（五）). A contract not awaiting an assessment is left as it is and the reason logged: a
/// redelivery is caught by the inbox, an out-of-order event cannot be repaired by retrying.
/// </summary>
internal sealed partial class AssessmentPassedConsumer(ContractsDbContext db, ContractsPolicyCatalog packs, TimeProvider clock, ILogger<AssessmentPassedConsumer> logger)
    : IdempotentConsumer<AssessmentPassed, ContractsDbContext>(db, logger)
{
    protected override async Task HandleAsync(AssessmentPassed message, ContractsDbContext db, ConsumeContext<AssessmentPassed> context)
    {
        if (await ContractStore.FindAsync(db, message.ContractId, context.CancellationToken) is not { } contract)
        {
            LogIgnored(logger, nameof(AssessmentPassed), message.ContractId, "no such contract");
            return;
        }

        var held = contract.DepositStatus == DepositStatus.Held;
        try
        {
            var policy = ContractStore.PolicyOf(packs, contract);
            var monitoring = Actor.FromService("monitoring");
            AssessmentApplication.EnsureApplied(contract, message.AssessedOn, policy, monitoring, clock.Today(), clock.GetUtcNow());
            contract.PassAssessment(message.AssessedOn, policy, monitoring, clock.Today(), clock.GetUtcNow());
        }
        catch (Exception e) when (e is IllegalTransitionException or BusinessRuleBrokenException)
        {
            LogIgnored(logger, nameof(AssessmentPassed), message.ContractId, e.Message);
            return;
        }

        if (held)
        {
            db.AddIntegrationEvent(ContractEvents.Refunded(contract, message.AssessedOn));
        }
    }

    protected override (string Type, string Id)? AuditedResource(AssessmentPassed message) => ("contract", message.ContractId.ToString());

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Event} for contract {ContractId} changes nothing: {Reason}")]
    internal static partial void LogIgnored(ILogger logger, string @event, Guid contractId, string reason);
}

/// <summary>
/// 达标考核未通过 (monitoring): the deposit is forfeited (Xihu 第九条) and, unless final, rectification begins; a final
/// failure (after rectification) terminates the contract for that cause (附件3 五（二）), resting on the
/// assessment's document, so credit's notice follows from either event.
/// </summary>
internal sealed class AssessmentFailedConsumer(ContractsDbContext db, ContractsPolicyCatalog packs, TimeProvider clock, ILogger<AssessmentFailedConsumer> logger)
    : IdempotentConsumer<AssessmentFailed, ContractsDbContext>(db, logger)
{
    protected override async Task HandleAsync(AssessmentFailed message, ContractsDbContext db, ConsumeContext<AssessmentFailed> context)
    {
        if (await ContractStore.FindAsync(db, message.ContractId, context.CancellationToken) is not { } contract)
        {
            AssessmentPassedConsumer.LogIgnored(logger, nameof(AssessmentFailed), message.ContractId, "no such contract");
            return;
        }

        var monitoring = Actor.FromService("monitoring");
        var (today, now) = (clock.Today(), clock.GetUtcNow());
        var policy = ContractStore.PolicyOf(packs, contract);
        var held = contract.DepositStatus == DepositStatus.Held;
        try
        {
            AssessmentApplication.EnsureApplied(contract, message.AssessedOn, policy, monitoring, today, now);
            contract.FailAssessment(message.AssessedOn, message.FinalAfterRectification, monitoring, today, now);
            if (!message.FinalAfterRectification)
            {
                if (!contract.IsLease)
                {
                    contract.BeginRectification(message.AssessedOn, monitoring, today, now);
                }
            }
            else if (!contract.IsLease)
            {
                contract.Terminate(TerminationCause.FailedAssessment, message.AssessedOn, policy, monitoring, today, now);
                db.AddIntegrationEvent(ContractEvents.Terminated(contract, message.AssessedOn, message.DocumentType, message.DocumentNumber, message.DocumentDate));
            }
        }
        catch (Exception e) when (e is IllegalTransitionException or BusinessRuleBrokenException)
        {
            // Each step checks before it changes anything, so a refused step left the contract as it was.
            AssessmentPassedConsumer.LogIgnored(logger, nameof(AssessmentFailed), message.ContractId, e.Message);
            return;
        }

        if (held)
        {
            db.AddIntegrationEvent(ContractEvents.Forfeited(contract, message.AssessedOn, message.Reason));
        }
    }

    protected override (string Type, string Id)? AuditedResource(AssessmentFailed message) => ("contract", message.ContractId.ToString());
}

/// <summary>
/// Monitoring's assessment implies the enterprise applied for it: a contract still in production (or in
/// rectification) when the result arrives is first marked applied on the assessment day.
/// </summary>
internal static class AssessmentApplication
{
    public static void EnsureApplied(SupervisionContract contract, DateOnly on, Domain.Policy.ContractsPolicy policy, Actor actor, DateOnly today, DateTimeOffset now)
    {
        if (contract.State is ContractState.InProduction or ContractState.Rectification)
        {
            contract.ApplyForAssessment(on, policy, actor, today, now);
        }
    }
}
