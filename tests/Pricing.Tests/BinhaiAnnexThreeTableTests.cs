using LandPlatform.Pricing.Domain;
using LandPlatform.Pricing.Domain.PolicyPacks;
using LandPlatform.Pricing.Domain.ReservePrices;

namespace LandPlatform.Pricing.Tests;

/// <summary>
/// Seed 002 附件3 (高新区海洋片区 sample): land 10000 m², FAR 1.5/2.0/2.5, benchmark 560 元/m².
/// The table is in 万元; every M1 and M0 cell is an exact multiple of 10000 元 and is asserted exactly.
///
/// Where the table and the rules differ:
/// - M1 is priced at the benchmark itself (560 元/m², 560万元), not ×1.5: art. 10's ×1.5 and the self-held
///   corrections are for 新型产业用地 only, and the M1 column repeats 560 in the 70%/100% rows.
/// - M0 is priced at FAR 1.5 although art. 5 wants FAR > 1.5: priced, with a warning (pack decision).
/// - The office (办公), R&D (研发设计) and HQ (企业总部) columns use other benchmarks (2277, 1139, 1366
///   元/m²) and other rules and round half-万元 cells (2277 × 15000 = 3415.5万 → 3416); no pack
///   rule produces them, and landUse accepts only M1 | M0.
/// The annex states no land grade or term; grade 5 and the M0 maximum term of 40 years (art. 9; M1 50)
/// are used, for which the national-minimum floor does not bind.
/// </summary>
public sealed class BinhaiAnnexThreeTableTests
{
    private const decimal LandAreaM2 = 10000m;
    private const decimal BenchmarkPerM2 = 560m;
    private const decimal Wan = 10000m;

    private readonly ReservePriceCalculator _calculator = new(Packs.Catalog, Packs.Clock);

    [Theory]
    // FAR, self-held share, 地价款 (万元) from the table
    [InlineData("1.5", "0.5", 1260)]
    [InlineData("2.0", "0.5", 1680)]
    [InlineData("2.5", "0.5", 2100)]
    [InlineData("1.5", "0.7", 882)]
    [InlineData("2.0", "0.7", 1176)]
    [InlineData("2.5", "0.7", 1470)]
    [InlineData("1.5", "1", 630)]
    [InlineData("2.0", "1", 840)]
    [InlineData("2.5", "1", 1050)]
    public void M0CellsOfAnnexThreeAreReproducedExactly(string far, string selfHeldShare, int expectedWanYuan)
    {
        // The 地价款 row has no self-held share; 50% (the minimum, no correction) prices it.
        var quote = Outcome.Computed(_calculator.Quote(M0(decimal.Parse(far, System.Globalization.CultureInfo.InvariantCulture), decimal.Parse(selfHeldShare, System.Globalization.CultureInfo.InvariantCulture))));

        Assert.Equal(expectedWanYuan * Wan, quote.TotalPrice);
        Assert.Equal(UnitBasis.Floor, quote.UnitBasis);
    }

    [Theory]
    [InlineData("1.5", 15000)]
    [InlineData("2.0", 20000)]
    [InlineData("2.5", 25000)]
    public void M0FloorAreaRowIsLandAreaTimesFar(string far, int expectedFloorArea)
    {
        var quote = Outcome.Computed(_calculator.Quote(M0(decimal.Parse(far, System.Globalization.CultureInfo.InvariantCulture), 0.5m)));

        Assert.Equal(expectedFloorArea, quote.Steps.Single(s => s.Rule == "FloorArea").Value);
    }

    [Fact]
    public void M0FloorPriceIsOneAndAHalfTimesTheBenchmarkBeforeSelfHeldCorrection()
    {
        // Annex row 楼面地价单价 shows 560 (the benchmark); 地价款 1260万 = 15000 × 560 × 1.5.
        var quote = Outcome.Computed(_calculator.Quote(M0(1.5m, 0.5m)));

        Assert.Equal(840m, quote.Steps.Single(s => s.Rule == "BenchmarkMultiple").Value);
        Assert.Equal(840m, quote.UnitPrice);
    }

    [Theory]
    [InlineData("0.7", 588)]
    [InlineData("1", 420)]
    public void M0UnitFloorPriceAfterSelfHeldCorrection(string share, int expectedPerFloorM2)
    {
        var quote = Outcome.Computed(_calculator.Quote(M0(2.0m, decimal.Parse(share, System.Globalization.CultureInfo.InvariantCulture))));

        Assert.Equal(expectedPerFloorM2, quote.UnitPrice);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("0.7")]
    [InlineData("1")]
    public void M1ColumnIs560WanWhateverTheSelfHeldShare(string? share)
    {
        var request = new ReservePriceRequest(
            PolicyPackReference.ById(Packs.Binhai), Packs.InBinhaiPeriod, "M1", LandAreaM2,
            IndustrialBenchmarkPricePerM2: BenchmarkPerM2, LandGrade: 5, TermYears: 50,
            SelfHeldShare: share is null ? null : decimal.Parse(share, System.Globalization.CultureInfo.InvariantCulture));

        var quote = Outcome.Computed(_calculator.Quote(request));

        Assert.Equal(560m * Wan, quote.TotalPrice);
        Assert.Equal(560m, quote.UnitPrice);
        Assert.Equal(UnitBasis.Land, quote.UnitBasis);
    }

    [Fact]
    public void M0AtFar15IsPricedButWarnedAsTheArticle5Boundary()
    {
        var quote = Outcome.Computed(_calculator.Quote(M0(1.5m, 1m)));

        Assert.Contains(quote.Warnings, w => w.Code == "FloorAreaRatioAtPrincipleBoundary" && w.Clause.Contains("第五条", StringComparison.Ordinal));
    }

    [Fact]
    public void OfficeColumnsAreNotALandUseAnyPackPrices()
    {
        var request = M0(1.5m, 1m) with { LandUse = "office" };

        var errors = Outcome.Invalid(_calculator.Quote(request));

        Assert.Contains(errors, e => e.Field == "landUse" && e.Rule == "UnknownLandUse");
    }

    private static ReservePriceRequest M0(decimal far, decimal selfHeldShare) =>
        new(
            PolicyPackReference.ById(Packs.Binhai), Packs.InBinhaiPeriod, "M0", LandAreaM2, far, BenchmarkPerM2,
            LandGrade: 5, SelfHeldShare: selfHeldShare, BeijingRelocation: false, TermYears: 40);
}
