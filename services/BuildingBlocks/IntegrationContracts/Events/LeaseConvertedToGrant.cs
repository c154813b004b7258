namespace LandPlatform.IntegrationContracts.Events;

/// <summary>
/// Contracts: a lease-then-transfer parcel passed its assessment and the grant contract was signed and paid
/// (Beijing 三（五）); the grant term runs from the end of the lease. GrantPrice = winning price − rent paid (三（四）).
/// </summary>
public sealed record LeaseConvertedToGrant(
    Guid ContractId,
    string Uscc,
    string ParcelCode,
    DateOnly ConvertedOn,
    decimal GrantPrice,
    DateOnly GrantTermStartsOn) : IntegrationEvent;
