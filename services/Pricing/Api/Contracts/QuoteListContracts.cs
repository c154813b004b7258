using LandPlatform.Pricing.Quotes;

namespace LandPlatform.Pricing.Api.Contracts;

/// <summary>
/// A quote in a clerk's work list: what was priced (pack, use, area from the inputs as sent), the price, who asked
/// and when, and the parcel it was fixed for, if it was. The steps are read one quote at a time (<c>GET /quotes/{id}</c>).
/// </summary>
public sealed record QuoteSummary(
    Guid Id,
    string PolicyPack,
    DateOnly ValuationDate,
    string? LandUse,
    decimal? LandAreaM2,
    decimal TotalPrice,
    decimal UnitPrice,
    string UnitBasis,
    DateTimeOffset CreatedAt,
    string CreatedBy,
    ReservePriceResponse? ReservePrice)
{
    public static QuoteSummary From(StoredQuote quote, ReservePriceAssignment? reservePrice)
    {
        var input = QuoteJson.ReadInput<QuoteRequest>(quote.InputJson);
        return new(
            quote.Id,
            quote.PolicyPackId,
            quote.ValuationDate,
            input?.LandUse,
            input?.LandAreaM2,
            quote.TotalPrice,
            quote.UnitPrice,
            UnitBasisNames.Of(quote.UnitBasis),
            quote.CreatedAt,
            quote.CreatedBy,
            reservePrice is null ? null : ReservePriceResponse.From(reservePrice));
    }
}

/// <summary><c>GET /quotes</c>: one page of quotes, newest first, and how many match in all.</summary>
public sealed record QuotePage(IReadOnlyList<QuoteSummary> Items, int Page, int PageSize, int Total);
