namespace LandPlatform.IntegrationContracts.Events;

/// <summary>Contracts: a land contract ended early; Cause says why (breach, idle land, agreement, …).</summary>
public sealed record ContractTerminated(
    Guid ContractId,
    string Uscc,
    DateOnly TerminatedOn,
    string Cause) : IntegrationEvent;
