namespace LandPlatform.IntegrationContracts.Events;

/// <summary>
/// Monitoring: a parcel moved on the inefficient-land ledger (低效用地台账). Category <c>Inefficient</c> when a confirmed
/// annual report's tax per mu falls below the policy pack's line, <c>Cleared</c> when it is back at or above it.
/// Idle land has its own fact, <see cref="IdleLandDetected"/>. Reporting tells the province (seed 003 四(二)).
/// </summary>
public sealed record LandLedgerChanged(
    Guid? ContractId,
    string Uscc,
    string ParcelCode,
    string Category,
    DateOnly ChangedOn,
    string Source,
    string Basis) : IntegrationEvent;
