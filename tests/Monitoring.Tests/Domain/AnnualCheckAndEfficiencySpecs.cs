using LandPlatform.IntegrationContracts.Indicators;
using LandPlatform.Monitoring.Domain.AnnualChecks;
using LandPlatform.Monitoring.Domain.Assessments;
using LandPlatform.Monitoring.Domain.Efficiency;
using LandPlatform.Monitoring.Domain.Indicators;

namespace LandPlatform.Monitoring.Tests.Domain;

/// <summary>The yearly re-check after passing, and the park's land-efficiency figures against its target.</summary>
public sealed class AnnualCheckAndEfficiencySpecs
{
    [Fact]
    public void EachYearAfterTheJudgedReportThatHasEndedIsDue()
    {
        // Judged on the 2024 report (passed in 2025): 2025 — between the report and the pass — is due as well.
        Assert.Equal([2025, 2026, 2027], AnnualCheck.YearsDue(2024, null, new DateOnly(2028, 3, 1)));
        Assert.Empty(AnnualCheck.YearsDue(2024, null, new DateOnly(2025, 12, 31)));
    }

    [Fact]
    public void OnlyTheYearsThatEndedWhileTheContractWasOpenAreDueAfterItClosed()
    {
        // Closed on 2027-03-10 (terminated, exited or converted): 2026 ended while it was open; 2027 and later are not re-checked.
        Assert.Equal([2025, 2026], AnnualCheck.YearsDue(2024, new DateOnly(2027, 3, 10), new DateOnly(2031, 7, 1)));
        Assert.Equal([2025, 2026], AnnualCheck.YearsDue(2024, new DateOnly(2027, 1, 1), new DateOnly(2031, 7, 1)));
        Assert.Equal([2025], AnnualCheck.YearsDue(2024, new DateOnly(2026, 12, 31), new DateOnly(2031, 7, 1)));
    }

    [Fact]
    public void AnyIndicatorBelowTheStandardFailsTheYearWithTheReCheckClause()
    {
        var standard = Given.Standard("hangzhou-xihu-2020", 100m, [Given.Committed(IndicatorCodes.TaxPerMu, 50m, "万元/亩"), Given.Committed(IndicatorCodes.RndExpenseRatio, 5m, "%")])
            with { SignedOn = new DateOnly(2020, 6, 1) };
        var pack = Given.Packs.Resolve("hangzhou-xihu-2020", standard.SignedOn);
        var passed = Assessment.Apply(standard, null, Given.Enterprise, Given.Now, "申请");
        var (report, confirmed) = Given.ConfirmedReport(standard.ContractId, Given.Figures(
            (FigureCodes.TaxPaid, Given.OnTwentyMu(60m)), (FigureCodes.RndExpense, 4m), (FigureCodes.Revenue, 100m)), 2027);

        var check = AnnualCheck.Run(pack, passed, report, confirmed, Given.Now);

        Assert.False(check.Passed);
        Assert.Equal(2027, check.Year);
        Assert.Contains("rnd-expense-ratio: 4 < 5 %", check.Reason, StringComparison.Ordinal);
        Assert.Contains("五（四）", check.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void TheParksTaxPerMuIsItsTotalTaxOverItsLandAgainstThePacksTarget()
    {
        var parcels = new[]
        {
            new ParcelYear(Given.Shilong, 2025, Given.TwentyMuM2, Given.Figures((FigureCodes.TaxPaid, Given.OnTwentyMu(4m)), (FigureCodes.OutputValue, Given.OnTwentyMu(100m)))),
            new ParcelYear(Given.Shilong, 2025, Given.TwentyMuM2, Given.Figures((FigureCodes.TaxPaid, Given.OnTwentyMu(10m)))),
        };

        var park = Assert.Single(LandEfficiency.Compute(parcels, Given.Packs.Latest));

        var tax = Assert.Single(park.Figures, f => f.Indicator == IndicatorCodes.TaxPerMu);
        Assert.Equal(7m, decimal.Round(tax.Value, 10));
        Assert.Equal(6m, tax.Target);
        Assert.True(tax.MeetsTarget);
        Assert.Equal(40m, decimal.Round(park.LandAreaMu, 10));
        Assert.Equal(50m, decimal.Round(Assert.Single(park.Figures, f => f.Indicator == IndicatorCodes.OutputPerMu).Value, 10));
    }
}
