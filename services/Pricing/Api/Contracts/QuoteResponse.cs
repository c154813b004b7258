using LandPlatform.Pricing.Quotes;

namespace LandPlatform.Pricing.Api.Contracts;

/// <summary>
/// A stored quote: <see cref="TotalPrice"/> in 元 and <see cref="UnitPrice"/> per m² of land or floor area
/// (<see cref="UnitBasis"/>), both at full decimal precision (rounding is for documents, not for the API),
/// the steps with their clauses, the warnings, the inputs as sent, and the reserve price it was fixed as, if any.
/// </summary>
public sealed record QuoteResponse(
    Guid Id,
    string PolicyPack,
    DateOnly ValuationDate,
    decimal TotalPrice,
    decimal UnitPrice,
    string UnitBasis,
    IReadOnlyList<StepResponse> Steps,
    IReadOnlyList<WarningResponse> Warnings,
    QuoteRequest? Input,
    DateTimeOffset CreatedAt,
    string CreatedBy,
    ReservePriceResponse? ReservePrice)
{
    public static QuoteResponse From(StoredQuote quote, ReservePriceAssignment? reservePrice) => new(
        quote.Id,
        quote.PolicyPackId,
        quote.ValuationDate,
        quote.TotalPrice,
        quote.UnitPrice,
        UnitBasisNames.Of(quote.UnitBasis),
        StepResponse.From(QuoteJson.ReadSteps(quote.StepsJson)),
        WarningResponse.From(QuoteJson.ReadWarnings(quote.WarningsJson)),
        QuoteJson.ReadInput<QuoteRequest>(quote.InputJson),
        quote.CreatedAt,
        quote.CreatedBy,
        reservePrice is null ? null : ReservePriceResponse.From(reservePrice));
}
