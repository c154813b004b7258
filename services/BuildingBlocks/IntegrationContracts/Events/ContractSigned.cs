namespace LandPlatform.IntegrationContracts.Events;

/// <summary>Contracts: a land contract (ContractKind "Lease" or "Grant") was signed.</summary>
public sealed record ContractSigned(
    Guid ContractId,
    Guid ApplicationId,
    string Uscc,
    string ParcelCode,
    string ContractKind,
    DateOnly SignedOn) : IntegrationEvent;
