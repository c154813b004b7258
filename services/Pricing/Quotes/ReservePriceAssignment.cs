using LandPlatform.Pricing.Domain;

namespace LandPlatform.Pricing.Quotes;

/// <summary>
/// A stored quote fixed as the reserve price of one application's parcel. Unique per quote and per parcel
/// (database indexes, so two clerks racing cannot both win): a reserve price is set once; changing it is a
/// new decision outside this record.
/// </summary>
public sealed class ReservePriceAssignment
{
    private ReservePriceAssignment()
    {
    }

    public Guid Id { get; private set; }

    public Guid QuoteId { get; private set; }

    public Guid ApplicationId { get; private set; }

    public string ParcelCode { get; private set; } = string.Empty;

    public string PolicyPackId { get; private set; } = string.Empty;

    public decimal TotalReservePrice { get; private set; }

    public decimal UnitPrice { get; private set; }

    public UnitBasis UnitBasis { get; private set; }

    public DateTimeOffset FixedAt { get; private set; }

    public string FixedBy { get; private set; } = string.Empty;

    public static ReservePriceAssignment Fix(StoredQuote quote, Guid applicationId, string parcelCode, string fixedBy, DateTimeOffset at) => new()
    {
        Id = Guid.CreateVersion7(at),
        QuoteId = quote.Id,
        ApplicationId = applicationId,
        ParcelCode = parcelCode,
        PolicyPackId = quote.PolicyPackId,
        TotalReservePrice = quote.TotalPrice,
        UnitPrice = quote.UnitPrice,
        UnitBasis = quote.UnitBasis,
        FixedAt = at,
        FixedBy = fixedBy,
    };
}
