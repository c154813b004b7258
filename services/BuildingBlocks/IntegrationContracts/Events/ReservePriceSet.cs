namespace LandPlatform.IntegrationContracts.Events;

/// <summary>
/// Pricing: a planning clerk fixed a stored quote as the reserve price of an application's parcel (yuan, full
/// decimal precision). <see cref="UnitPrice"/> is per m² of land or of floor area as <see cref="UnitBasis"/>
/// says ("land" | "floor"): an M0 parcel is priced per floor area, so a bare "per m²" would be misread.
/// <see cref="QuoteId"/> and <see cref="PolicyPackId"/> let a consumer show the clause-by-clause quote.
/// </summary>
public sealed record ReservePriceSet(
    Guid ApplicationId,
    string ParcelCode,
    Guid QuoteId,
    string PolicyPackId,
    decimal TotalReservePrice,
    decimal UnitPrice,
    string UnitBasis) : IntegrationEvent;
