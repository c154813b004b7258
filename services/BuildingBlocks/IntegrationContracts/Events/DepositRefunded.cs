namespace LandPlatform.IntegrationContracts.Events;

/// <summary>Contracts: the performance deposit goes back to the enterprise after the assessment passed (Xihu 第九条).</summary>
public sealed record DepositRefunded(
    Guid ContractId,
    string Uscc,
    decimal Amount,
    DateOnly RefundedOn) : IntegrationEvent;
