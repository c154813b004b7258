using LandPlatform.IntegrationContracts.Indicators;
using LandPlatform.Monitoring.Domain.Indicators;

namespace LandPlatform.Monitoring.Tests.Domain;

/// <summary>An actual is measured in the committed unit, and the conversion is shown.</summary>
public sealed class IndicatorFormulaSpecs
{
    private static readonly AreaBasis TwentyMu = new(Given.TwentyMuM2, 30000m, "出让土地面积");

    [Fact]
    public void TaxPerMuDividesTheTaxInWanYuanByTheLandInMuAndShowsBothConversions()
    {
        var figures = Given.Figures((FigureCodes.TaxPaid, 1_200_000m));

        var measured = IndicatorFormulas.Measure(IndicatorCodes.TaxPerMu, "万元/亩", figures, TwentyMu);

        Assert.Equal(6m, decimal.Round(measured.Value!.Value, 10));
        Assert.Contains("1,200,000 元 = 120 万元", measured.Workings, StringComparison.Ordinal);
        Assert.Contains("= 20 亩 (1 亩 = 10000/15 m²)", measured.Workings, StringComparison.Ordinal);
        Assert.EndsWith("= 6 万元/亩", measured.Workings, StringComparison.Ordinal);
    }

    [Fact]
    public void TheSameInvestmentIsMeasuredInYuanPerSquareMetreWhenThatIsTheCommittedUnit()
    {
        var figures = Given.Figures((FigureCodes.FixedAssetInvestment, 40_000_000m));

        var measured = IndicatorFormulas.Measure(IndicatorCodes.FixedAssetInvestmentIntensity, "元/m²", figures, TwentyMu);

        Assert.Equal(3000m, decimal.Round(measured.Value!.Value, 10));
    }

    [Fact]
    public void RevenuePerFloorAreaIsInYiYuanPerWanSquareMetresPerYear()
    {
        var figures = Given.Figures((FigureCodes.Revenue, 600_000_000m));

        var measured = IndicatorFormulas.Measure(IndicatorCodes.RevenuePerFloorArea, "亿元/万m²/年", figures, TwentyMu);

        Assert.Equal(2m, measured.Value);
        Assert.Contains("= 3 万m²", measured.Workings, StringComparison.Ordinal);
    }

    [Fact]
    public void RatiosArePercentages()
    {
        var figures = Given.Figures((FigureCodes.RndStaff, 30m), (FigureCodes.AllStaff, 200m));

        Assert.Equal(15m, IndicatorFormulas.Measure(IndicatorCodes.RndStaffRatio, "%", figures, TwentyMu).Value);
    }

    [Fact]
    public void AFigureNotReportedCannotBeMeasuredAndSaysWhich()
    {
        var measured = IndicatorFormulas.Measure(IndicatorCodes.OutputPerMu, "万元/亩", Figures.Empty, TwentyMu);

        Assert.Null(measured.Value);
        Assert.Contains("outputValue", measured.Workings, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("tax-per-mu", "%")]
    [InlineData("rnd-staff-ratio", "万元/亩")]
    [InlineData("tax-per-mu", "万美元/亩")]
    public void AUnitThatCannotMeasureTheIndicatorIsNotSupported(string code, string unit) =>
        Assert.False(IndicatorFormulas.Supports(code, unit));
}
