namespace LandPlatform.IntegrationContracts.Events;

/// <summary>Monitoring: construction has not started on the parcel for YearsIdle years.</summary>
public sealed record IdleLandDetected(
    Guid ContractId,
    string Uscc,
    string ParcelCode,
    DateOnly DetectedOn,
    int YearsIdle) : IntegrationEvent;
