namespace LandPlatform.IntegrationContracts.Events;

/// <summary>Contracts: the performance deposit is forfeited (failed assessment, Xihu 第九条; or termination).</summary>
public sealed record DepositForfeited(
    Guid ContractId,
    string Uscc,
    decimal Amount,
    DateOnly ForfeitedOn,
    string Reason) : IntegrationEvent;
