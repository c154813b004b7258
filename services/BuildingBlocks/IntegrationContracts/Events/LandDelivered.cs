namespace LandPlatform.IntegrationContracts.Events;

/// <summary>Contracts: the parcel was handed over to the enterprise; the start deadline runs from this day.</summary>
public sealed record LandDelivered(
    Guid ContractId,
    string Uscc,
    string ParcelCode,
    DateOnly DeliveredOn,
    DateOnly AgreedStartBy) : IntegrationEvent;
