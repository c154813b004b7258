using LandPlatform.Pricing.Domain.PolicyPacks;
using LandPlatform.Pricing.Domain.ReservePrices;

namespace LandPlatform.Pricing.Tests;

/// <summary>Binhai art. 5, 9, 10 rules with worked numbers (land 10000 m², benchmark 560 元/m², FAR 2.0 → 20000 m² floor).</summary>
public sealed class BinhaiReservePriceRuleTests
{
    private readonly ReservePriceCalculator _calculator = new(Packs.Catalog, Packs.Clock);

    [Fact]
    public void SelfHeldShareBelowFiftyPercentIsRefused()
    {
        var refusal = Outcome.Refused(_calculator.Quote(M0(selfHeld: 0.49m)));

        Assert.Equal("SelfHeldShareBelowMinimum", refusal.Rule);
        Assert.Contains("第十条（一）", refusal.Clause, StringComparison.Ordinal);
        Assert.Equal(840m, refusal.StepsSoFar[^1].Value);
    }

    [Fact]
    public void RelocationProjectBelowFiftyPercentSelfHeldIsStillRefused()
    {
        // Decision: art. 10(二) "直接" waives only the 70% threshold; the 50% minimum of (一) still applies.
        var refusal = Outcome.Refused(_calculator.Quote(M0(selfHeld: 0.4m, relocation: true)));

        Assert.Equal("SelfHeldShareBelowMinimum", refusal.Rule);
    }

    [Theory]
    [InlineData("0.5", 16_800_000)]   // 50%: no correction, 840 × 20000
    [InlineData("0.69", 16_800_000)]  // just below 70%: no correction
    [InlineData("0.7", 11_760_000)]   // 70% exactly: 以上 includes the number → × 0.7
    [InlineData("0.99", 11_760_000)]  // 99%: still the 70% tier
    [InlineData("1", 8_400_000)]      // 100%: × 0.5
    public void SelfHeldShareTiers(string share, int expectedTotal)
    {
        var quote = Outcome.Computed(_calculator.Quote(M0(selfHeld: decimal.Parse(share, System.Globalization.CultureInfo.InvariantCulture))));

        Assert.Equal(expectedTotal, quote.TotalPrice);
    }

    [Theory]
    [InlineData("0.5", 11_760_000)]   // relocation: × 0.7 directly, even at 50% self-held
    [InlineData("0.8", 11_760_000)]
    [InlineData("1", 8_400_000)]      // relocation and 100% self-held: × 0.5
    public void BeijingRelocationProjectGetsTheFactorDirectly(string share, int expectedTotal)
    {
        var quote = Outcome.Computed(_calculator.Quote(M0(selfHeld: decimal.Parse(share, System.Globalization.CultureInfo.InvariantCulture), relocation: true)));

        Assert.Equal(expectedTotal, quote.TotalPrice);
        Assert.Contains(quote.Steps, s => s.Rule == "BeijingRelocationCorrection" && s.Clause.Contains("第十条（二）", StringComparison.Ordinal));
    }

    [Fact]
    public void FullySelfHeldM0PricesAtHalfTheCorrectedBenchmark()
    {
        var quote = Outcome.Computed(_calculator.Quote(M0(selfHeld: 1m)));

        Assert.Equal(560m * 1.5m * 0.5m, quote.UnitPrice);
        Assert.Equal(["GrantTermWithinMaximum", "FloorArea", "IndustrialBenchmarkLandPrice", "BenchmarkMultiple", "SelfHeldCorrection", "TotalPrice", "LandAreaEquivalentPrice", "FiftyYearEquivalent", "NationalMinimumForGrade", "AllowedShareOfNationalMinimum", "NationalMinimumMet"], quote.Steps.Select(s => s.Rule));
    }

    [Fact]
    public void CorrectedPriceBelowSeventyPercentOfNationalMinimumIsRaisedToThatFloorOnTheLandAreaEquivalent()
    {
        // Benchmark 100, FAR 1.5, 100% self-held: 100 × 1.5 × 0.5 = 75 元/m² floor → 112.5 元/m² land,
        // 40 years → 140.625 (50-year). Grade 1: 70% × 840 = 588 → total = 588 × 40/50 × 10000 = 4,704,000.
        var quote = Outcome.Computed(_calculator.Quote(M0(selfHeld: 1m, far: 1.5m, benchmark: 100m, grade: 1)));

        Assert.Equal(4_704_000m, quote.TotalPrice);
        Assert.Equal(313.6m, quote.UnitPrice);
        Assert.Contains(quote.Warnings, w => w.Code == "RaisedToFloorOfNationalMinimum");
        Assert.Equal(588m, quote.Steps.Single(s => s.Rule == "AllowedShareOfNationalMinimum").Value);
    }

    [Fact]
    public void FloorIsComparedOnTheLandAreaEquivalentNotThePerFloorPrice()
    {
        // 420 元/m² floor (< 588) but × FAR 2.5 = 1050 元/m² land → 1312.5 at 50 years ≥ 588: not raised.
        var quote = Outcome.Computed(_calculator.Quote(M0(selfHeld: 1m, far: 2.5m, grade: 1)));

        Assert.Equal(420m, quote.UnitPrice);
        Assert.DoesNotContain(quote.Warnings, w => w.Code == "RaisedToFloorOfNationalMinimum");
    }

    [Fact]
    public void M1BelowTheFullNationalMinimumIsRefused()
    {
        // M1 has no 70% allowance: 560 元/m² at 50 years < 840 (grade 1).
        var request = new ReservePriceRequest(PolicyPackReference.ById(Packs.Binhai), Packs.InBinhaiPeriod, "M1", 10000m, IndustrialBenchmarkPricePerM2: 560m, LandGrade: 1, TermYears: 50);

        var refusal = Outcome.Refused(_calculator.Quote(request));

        Assert.Equal("BelowNationalMinimum", refusal.Rule);
        Assert.Contains("国土资发〔2006〕307号", refusal.Clause, StringComparison.Ordinal);
    }

    [Fact]
    public void M0TermAboveFortyYearsIsRefused()
    {
        var refusal = Outcome.Refused(_calculator.Quote(M0(selfHeld: 1m) with { TermYears = 41 }));

        Assert.Equal("TermExceedsMaximum", refusal.Rule);
        Assert.Contains("第九条", refusal.Clause, StringComparison.Ordinal);
    }

    [Fact]
    public void M1TermAboveTheNationalIndustrialMaximumIsRefused()
    {
        var request = new ReservePriceRequest(PolicyPackReference.ById(Packs.Binhai), Packs.InBinhaiPeriod, "M1", 10000m, IndustrialBenchmarkPricePerM2: 560m, LandGrade: 5, TermYears: 51);

        var refusal = Outcome.Refused(_calculator.Quote(request));

        Assert.Equal("TermExceedsMaximum", refusal.Rule);
        Assert.Contains("第十二条", refusal.Clause, StringComparison.Ordinal);
    }

    [Fact]
    public void ShorterTermIsNotDiscountedButWarned()
    {
        var quote = Outcome.Computed(_calculator.Quote(M0(selfHeld: 1m) with { TermYears = 20 }));

        Assert.Equal(8_400_000m, quote.TotalPrice);
        Assert.Contains(quote.Warnings, w => w.Code == "NoTermCorrectionFactor");
    }

    [Theory]
    [InlineData("1.49")]
    [InlineData("4.0")]
    [InlineData("4.5")]
    public void FarOutsideThePackRangeIsBadInput(string far)
    {
        var errors = Outcome.Invalid(_calculator.Quote(M0(selfHeld: 1m, far: decimal.Parse(far, System.Globalization.CultureInfo.InvariantCulture))));

        var error = Assert.Single(errors);
        Assert.Equal("floorAreaRatio", error.Field);
        Assert.Equal("FloorAreaRatioOutsidePackRange", error.Rule);
        Assert.Contains("[1.5, 4)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void BadInputNamesEveryField()
    {
        var request = new ReservePriceRequest(PolicyPackReference.ById(Packs.Binhai), Packs.InBinhaiPeriod, "M0", -1m, 2m, 0m, LandGrade: 16, SelfHeldShare: 1.2m, TermYears: 0);

        var errors = Outcome.Invalid(_calculator.Quote(request));

        Assert.Contains(errors, e => e.Field == "landAreaM2" && e.Message == "landAreaM2 must be > 0, got -1");
        Assert.Contains(errors, e => e.Field == "industrialBenchmarkPricePerM2" && e.Rule == "MustBePositive");
        Assert.Contains(errors, e => e.Field == "landGrade" && e.Rule == "UnknownLandGrade");
        Assert.Contains(errors, e => e.Field == "selfHeldShare" && e.Rule == "ShareOutOfRange");
        Assert.Contains(errors, e => e.Field == "termYears" && e.Rule == "MustBePositive");
        Assert.Contains(errors, e => e.Field == "beijingRelocation" && e.Rule == "Required");
    }

    [Fact]
    public void MissingFieldsThePackNeedsAreNamed()
    {
        var request = new ReservePriceRequest(PolicyPackReference.ById(Packs.Binhai), Packs.InBinhaiPeriod, "M0", 10000m);

        var errors = Outcome.Invalid(_calculator.Quote(request));

        Assert.Equal(
            ["industrialBenchmarkPricePerM2", "landGrade", "termYears", "floorAreaRatio", "selfHeldShare", "beijingRelocation"],
            errors.Select(e => e.Field));
        Assert.All(errors, e => Assert.Equal("Required", e.Rule));
    }

    [Fact]
    public void AppraisalPerMuIsIgnoredWithAWarningUnderBinhai()
    {
        var quote = Outcome.Computed(_calculator.Quote(M0(selfHeld: 1m) with { IndustrialAppraisalPerMu = 1_000_000m }));

        Assert.Contains(quote.Warnings, w => w.Code == "FieldIgnoredByPack" && w.Message.StartsWith("industrialAppraisalPerMu", StringComparison.Ordinal));
    }

    private static ReservePriceRequest M0(decimal selfHeld, bool relocation = false, decimal far = 2.0m, decimal benchmark = 560m, int grade = 5) =>
        new(PolicyPackReference.ById(Packs.Binhai), Packs.InBinhaiPeriod, "M0", 10000m, far, benchmark, LandGrade: grade, SelfHeldShare: selfHeld, BeijingRelocation: relocation, TermYears: 40);
}
