using LandPlatform.Pricing.Domain;
using LandPlatform.Pricing.Domain.ReservePrices;

namespace LandPlatform.Pricing.Quotes;

/// <summary>
/// A computed reserve/starting price kept as evidence: the inputs as the clerk sent them, the result and
/// every step with its clause, so the price can be read back exactly as it was computed even after a pack
/// changes. Never updated; fixing it as a parcel's reserve price is a separate record.
/// </summary>
public sealed class StoredQuote
{
    private StoredQuote()
    {
    }

    public Guid Id { get; private set; }

    public string PolicyPackId { get; private set; } = string.Empty;

    public DateOnly ValuationDate { get; private set; }

    public decimal TotalPrice { get; private set; }

    public decimal UnitPrice { get; private set; }

    public UnitBasis UnitBasis { get; private set; }

    /// <summary>The request body as received (JSON), so the quote can be recomputed and compared.</summary>
    public string InputJson { get; private set; } = string.Empty;

    public string StepsJson { get; private set; } = string.Empty;

    public string WarningsJson { get; private set; } = string.Empty;

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>Person id of the clerk who asked for the quote.</summary>
    public string CreatedBy { get; private set; } = string.Empty;

    public static StoredQuote Record(ReservePriceQuote quote, string inputJson, string createdBy, DateTimeOffset at) => new()
    {
        Id = Guid.CreateVersion7(at),
        PolicyPackId = quote.PolicyPackId,
        ValuationDate = quote.ValuationDate,
        TotalPrice = quote.TotalPrice,
        UnitPrice = quote.UnitPrice,
        UnitBasis = quote.UnitBasis,
        InputJson = inputJson,
        StepsJson = QuoteJson.Steps(quote.Steps),
        WarningsJson = QuoteJson.Warnings(quote.Warnings),
        CreatedAt = at,
        CreatedBy = createdBy,
    };
}
