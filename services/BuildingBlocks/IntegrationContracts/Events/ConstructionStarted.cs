namespace LandPlatform.IntegrationContracts.Events;

/// <summary>Contracts: construction actually started (the parcel is no longer idle); DaysLate is 0 when on time.</summary>
public sealed record ConstructionStarted(
    Guid ContractId,
    string Uscc,
    string ParcelCode,
    DateOnly StartedOn,
    DateOnly AgreedStartBy,
    int DaysLate) : IntegrationEvent;
