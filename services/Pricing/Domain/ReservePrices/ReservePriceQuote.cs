using LandPlatform.Pricing.Domain.Explanation;

namespace LandPlatform.Pricing.Domain.ReservePrices;

/// <summary>
/// A priced parcel: total (元, full precision), unit price (元 per m² of land or of floor area, per
/// <see cref="UnitBasis"/>), and the explanation.
/// </summary>
public sealed record ReservePriceQuote(
    string PolicyPackId,
    DateOnly ValuationDate,
    decimal TotalPrice,
    decimal UnitPrice,
    UnitBasis UnitBasis,
    IReadOnlyList<PricingStep> Steps,
    IReadOnlyList<PricingWarning> Warnings);
