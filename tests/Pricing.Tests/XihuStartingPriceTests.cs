using LandPlatform.Pricing.Domain;
using LandPlatform.Pricing.Domain.PolicyPacks;
using LandPlatform.Pricing.Domain.ReservePrices;

namespace LandPlatform.Pricing.Tests;

/// <summary>Xihu art. 5–6 with worked numbers: 20000 m² = 30 亩.</summary>
public sealed class XihuStartingPriceTests
{
    private readonly ReservePriceCalculator _calculator = new(Packs.Catalog, Packs.Clock);

    [Fact]
    public void StartingPriceIsOneAndAHalfTimesTheAppraisalPerMu()
    {
        // 2,400,000 × 1.5 = 3,600,000 元/亩 (above 300万) × 30 亩 = 108,000,000.
        var quote = Outcome.Computed(_calculator.Quote(Xihu(appraisalPerMu: 2_400_000m, term: 50)));

        Assert.Equal(108_000_000m, quote.TotalPrice);
        Assert.Equal(5400m, quote.UnitPrice);
        Assert.Equal(UnitBasis.Land, quote.UnitBasis);
    }

    [Fact]
    public void StartingPriceIsAtLeastThreeMillionPerMu()
    {
        // 1,800,000 × 1.5 = 2,700,000 < 3,000,000 → 3,000,000 × 30 亩 = 90,000,000.
        var quote = Outcome.Computed(_calculator.Quote(Xihu(appraisalPerMu: 1_800_000m, term: 50)));

        Assert.Equal(90_000_000m, quote.TotalPrice);
        Assert.Equal(3_000_000m, quote.Steps.Single(s => s.Rule == "MinimumStartingPricePerMu").Value);
    }

    [Fact]
    public void ThirtyYearTermTakesSixTenthsOfTheFloorAdjustedStartingPrice()
    {
        // Decision: the 300万 minimum applies before the 30-year factor: 3,000,000 × 0.6 = 1,800,000 × 30 = 54,000,000.
        var quote = Outcome.Computed(_calculator.Quote(Xihu(appraisalPerMu: 1_800_000m, term: 30)));

        Assert.Equal(54_000_000m, quote.TotalPrice);
        Assert.Equal(2700m, quote.UnitPrice);
        Assert.Equal(1_800_000m, quote.Steps.Single(s => s.Rule == "GrantTermFactor").Value);
    }

    [Fact]
    public void TermAboveFiftyYearsIsRefused()
    {
        var refusal = Outcome.Refused(_calculator.Quote(Xihu(1_800_000m, term: 60)));

        Assert.Equal("TermExceedsMaximum", refusal.Rule);
    }

    [Theory]
    [InlineData(20)]
    [InlineData(40)]
    public void TermWithoutAFactorInTheDocumentIsRefused(int term)
    {
        var refusal = Outcome.Refused(_calculator.Quote(Xihu(1_800_000m, term)));

        Assert.Equal("TermWithoutPriceFactor", refusal.Rule);
        Assert.Contains("第六条", refusal.Clause, StringComparison.Ordinal);
    }

    [Fact]
    public void AppraisalPerMuIsRequired()
    {
        var errors = Outcome.Invalid(_calculator.Quote(Xihu(1m, 50) with { IndustrialAppraisalPerMu = null, IndustrialBenchmarkPricePerM2 = 560m }));

        Assert.Equal("industrialAppraisalPerMu", Assert.Single(errors).Field);
    }

    [Fact]
    public void AfterTheOneYearTrialTheXihuPackIsNotInForce()
    {
        var error = Outcome.Unavailable(_calculator.Quote(Xihu(1_800_000m, 50) with { ValuationDate = new DateOnly(2021, 3, 14) }));

        var notInForce = Assert.IsType<PolicyPackNotInForce>(error);
        Assert.Equal(new DateOnly(2021, 3, 13), notInForce.Effective.To);
    }

    [Fact]
    public void LastDayOfTheTrialIsStillInForce()
    {
        Outcome.Computed(_calculator.Quote(Xihu(1_800_000m, 50) with { ValuationDate = new DateOnly(2021, 3, 13) }));
    }

    [Fact]
    public void ValuationDateDefaultsToTodayInBeijingTime()
    {
        // 2021-03-13 16:30 UTC is already 2021-03-14 00:30 in Beijing: the trial has ended.
        var clock = new FixedClock(new DateTimeOffset(2021, 3, 13, 16, 30, 0, TimeSpan.Zero));
        var calculator = new ReservePriceCalculator(Packs.Catalog, clock);

        var error = Outcome.Unavailable(calculator.Quote(Xihu(1_800_000m, 50) with { ValuationDate = null }));

        Assert.Equal(new DateOnly(2021, 3, 14), Assert.IsType<PolicyPackNotInForce>(error).ValuationDate);
    }

    private static ReservePriceRequest Xihu(decimal appraisalPerMu, int term) =>
        new(PolicyPackReference.ById(Packs.Xihu), Packs.InXihuTrial, LandAreaM2: 20000m, IndustrialAppraisalPerMu: appraisalPerMu, LandGrade: 1, TermYears: term);
}
