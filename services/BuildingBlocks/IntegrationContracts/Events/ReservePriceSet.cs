namespace LandPlatform.IntegrationContracts.Events;

/// <summary>Pricing: the reserve price of the parcel for an approved application was fixed (yuan).</summary>
public sealed record ReservePriceSet(
    Guid ApplicationId,
    string ParcelCode,
    decimal ReservePricePerM2,
    decimal TotalReservePrice) : IntegrationEvent;
