using LandPlatform.Pricing.Domain.Explanation;
using LandPlatform.Pricing.Domain.NationalMinimum;
using LandPlatform.Pricing.Domain.PolicyPacks;

namespace LandPlatform.Pricing.Domain.ReservePrices;

/// <summary>
/// Entry point for reserve/starting prices: resolves the pack for the valuation date and prices by
/// the method the pack's document sets (benchmark-based as Binhai, appraisal-based as Xihu).
/// </summary>
public sealed class ReservePriceCalculator(PolicyPackCatalog catalog, TimeProvider clock)
{
    private readonly BenchmarkReservePricing _benchmark = new(catalog.Baseline, new NationalMinimumCheck(catalog.Baseline));
    private readonly AppraisalReservePricing _appraisal = new(catalog.Baseline, new NationalMinimumCheck(catalog.Baseline));

    public PricingOutcome<ReservePriceQuote> Quote(ReservePriceRequest request)
    {
        var (pack, date, failure) = PackSelection.Select<ReservePriceQuote>(catalog, clock, request.PolicyPack, request.ValuationDate);
        if (failure is not null)
        {
            return failure;
        }

        if (pack!.Pricing.BenchmarkReservePrice is { } benchmark)
        {
            return _benchmark.Quote(pack, benchmark, date, request);
        }

        if (pack.Pricing.AppraisalReservePrice is { } appraisal)
        {
            return _appraisal.Quote(pack, appraisal, date, request);
        }

        return new Refused<ReservePriceQuote>(new PricingRefusal(
            "NoRuleInPolicyPack",
            pack.Effective.Clause,
            $"{pack.Id} ({pack.DocumentTitle}) sets no reserve-price rule; a price under it would be invented",
            []));
    }
}
