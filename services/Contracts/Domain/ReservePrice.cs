namespace LandPlatform.Contracts.Domain;

/// <summary>
/// The reserve price pricing fixed for an application's parcel (ReservePriceSet), kept locally: a supply may
/// not close below it. The newest event wins (pricing may fix a corrected quote).
/// </summary>
public sealed class ReservePrice
{
    private ReservePrice()
    {
    }

    public ReservePrice(Guid applicationId, string parcelCode, Guid quoteId, string policyPackId, decimal total, decimal unitPrice, string unitBasis, DateTimeOffset setAt)
    {
        ApplicationId = applicationId;
        Update(parcelCode, quoteId, policyPackId, total, unitPrice, unitBasis, setAt);
    }

    public Guid ApplicationId { get; private set; }

    public string ParcelCode { get; private set; } = "";

    public Guid QuoteId { get; private set; }

    public string PolicyPackId { get; private set; } = "";

    public decimal Total { get; private set; }

    public decimal UnitPrice { get; private set; }

    public string UnitBasis { get; private set; } = "";

    public DateTimeOffset SetAt { get; private set; }

    /// <summary>A later event replaces the price; an older one arriving late is ignored.</summary>
    public bool Update(string parcelCode, Guid quoteId, string policyPackId, decimal total, decimal unitPrice, string unitBasis, DateTimeOffset setAt)
    {
        if (setAt < SetAt)
        {
            return false;
        }

        (ParcelCode, QuoteId, PolicyPackId, Total, UnitPrice, UnitBasis, SetAt) = (parcelCode, quoteId, policyPackId, total, unitPrice, unitBasis, setAt);
        return true;
    }
}
