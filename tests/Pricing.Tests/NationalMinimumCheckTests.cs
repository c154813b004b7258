using LandPlatform.Pricing.Domain.NationalMinimum;
using LandPlatform.Pricing.Domain.PolicyPacks;
using LandPlatform.Pricing.Domain.ReservePrices;

namespace LandPlatform.Pricing.Tests;

public sealed class NationalMinimumCheckTests
{
    private readonly NationalMinimumCheck _check = new(Packs.Catalog.Baseline);

    [Fact]
    public void FiftyYearPriceAtTheGradeMinimumPasses()
    {
        // Grade 5: 384 元/m²; 10000 m² × 384 = 3,840,000.
        var result = Outcome.Computed(_check.Check(new NationalMinimumCheckRequest(3_840_000m, 10000m, 50, 5, false)));

        Assert.Equal(384m, result.FiftyYearEquivalentPerM2);
    }

    [Fact]
    public void ShorterTermIsConvertedProportionallyToFiftyYears()
    {
        // 20 years, 160 元/m² → 160 × 50 ÷ 20 = 400 ≥ 384.
        var result = Outcome.Computed(_check.Check(new NationalMinimumCheckRequest(1_600_000m, 10000m, 20, 5, false)));

        Assert.Equal(400m, result.FiftyYearEquivalentPerM2);
    }

    [Fact]
    public void PriceBelowTheGradeMinimumIsRefused()
    {
        // 20 years, 150 元/m² → 375 < 384.
        var refusal = Outcome.Refused(_check.Check(new NationalMinimumCheckRequest(1_500_000m, 10000m, 20, 5, false)));

        Assert.Equal("BelowNationalMinimum", refusal.Rule);
        Assert.Contains("375", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PriorityIntensiveProjectMayGoDownToSeventyPercent()
    {
        // 375 ≥ 0.7 × 384 = 268.8.
        var result = Outcome.Computed(_check.Check(new NationalMinimumCheckRequest(1_500_000m, 10000m, 20, 5, true)));

        Assert.Equal(268.8m, result.ThresholdPerM2);
    }

    [Fact]
    public void AnnualRentIsComparedAsOneYearTimesFifty()
    {
        // Annual rent 8 元/m² → 400 ≥ 384.
        Outcome.Computed(_check.Check(new NationalMinimumCheckRequest(80_000m, 10000m, 1, 5, false)));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(16)]
    public void UnknownGradeIsBadInput(int grade)
    {
        var errors = Outcome.Invalid(_check.Check(new NationalMinimumCheckRequest(1m, 1m, 50, grade, false)));

        Assert.Equal("landGrade", Assert.Single(errors).Field);
    }

    [Fact]
    public void TableCarriesAllFifteenGradesOf2006Standard()
    {
        var table = Packs.Catalog.Baseline.IndustrialMinimumPrice;

        Assert.Equal(
            [840m, 720m, 600m, 480m, 384m, 336m, 288m, 252m, 204m, 168m, 144m, 120m, 96m, 84m, 60m],
            Enumerable.Range(1, 15).Select(table.MinimumPricePerM2));
        Assert.Contains("国土资发〔2006〕307号", table.Clause, StringComparison.Ordinal);
    }

    [Fact]
    public void XihuQuoteIsCheckedAgainstTheFullMinimum()
    {
        var calculator = new ReservePriceCalculator(Packs.Catalog, Packs.Clock);
        var quote = Outcome.Computed(calculator.Quote(new ReservePriceRequest(PolicyPackReference.ById(Packs.Xihu), Packs.InXihuTrial, LandAreaM2: 20000m, IndustrialAppraisalPerMu: 1_800_000m, LandGrade: 1, TermYears: 30)));

        // 2700 元/m² for 30 years → 4500 at 50 years ≥ 840.
        Assert.Equal(4500m, quote.Steps.Single(s => s.Rule == "FiftyYearEquivalent").Value);
        Assert.Contains(quote.Steps, s => s.Rule == "NationalMinimumMet");
    }
}
