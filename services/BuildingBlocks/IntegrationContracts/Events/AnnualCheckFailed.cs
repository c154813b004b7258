namespace LandPlatform.IntegrationContracts.Events;

/// <summary>Monitoring: the yearly re-check after a passed assessment failed.</summary>
public sealed record AnnualCheckFailed(
    Guid CheckId,
    Guid ContractId,
    string Uscc,
    int Year,
    string Reason) : IntegrationEvent;
