using LandPlatform.Pricing.Quotes;

namespace LandPlatform.Pricing.Api.Contracts;

/// <summary><c>POST /quotes/{id}/reserve-price</c>: the application and the parcel (宗地编号) the quote prices.</summary>
public sealed record FixReservePriceRequest(Guid? ApplicationId, string? ParcelCode);

/// <summary>A quote fixed as a parcel's reserve price.</summary>
public sealed record ReservePriceResponse(
    Guid Id,
    Guid QuoteId,
    Guid ApplicationId,
    string ParcelCode,
    string PolicyPack,
    decimal TotalReservePrice,
    decimal UnitPrice,
    string UnitBasis,
    DateTimeOffset FixedAt,
    string FixedBy)
{
    public static ReservePriceResponse From(ReservePriceAssignment a) => new(
        a.Id, a.QuoteId, a.ApplicationId, a.ParcelCode, a.PolicyPackId, a.TotalReservePrice, a.UnitPrice,
        UnitBasisNames.Of(a.UnitBasis), a.FixedAt, a.FixedBy);
}
