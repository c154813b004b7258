using LandPlatform.Monitoring.Domain.Indicators;
using LandPlatform.Monitoring.Domain.Reports;
using LandPlatform.SeedWork;

namespace LandPlatform.Monitoring.Tests.Domain;

/// <summary>Reports are kept as submitted; corrections are versions with who and why; each bureau confirms what it owns.</summary>
public sealed class IndicatorReportSpecs
{
    private static readonly Figures Reported = Given.Figures((FigureCodes.OutputValue, 50_000_000m), (FigureCodes.TaxPaid, 1_000_000m), (FigureCodes.AllStaff, 100m));

    [Fact]
    public void ACorrectionIsANewVersionWithWhoAndWhyAndTheSubmittedVersionStaysAsItWas()
    {
        var report = Submit();

        report.Correct(new Dictionary<string, decimal> { [FigureCodes.TaxPaid] = 900_000m }, "税务系统入库数", OwningBureau.Tax, Given.TaxClerk, Given.Now);

        Assert.Equal(2, report.Versions.Count);
        Assert.Equal(1_000_000m, report.Versions[0].Figures[FigureCodes.TaxPaid]);
        Assert.Equal(900_000m, report.Current.Figures[FigureCodes.TaxPaid]);
        Assert.Equal("税务系统入库数", report.Current.Reason);
        Assert.Equal(Given.TaxClerk, report.Current.By);
    }

    [Fact]
    public void TheReportIsConfirmedOnlyWhenEveryBureauOwningOneOfItsFiguresHasConfirmed()
    {
        var report = Submit();

        report.Confirm(OwningBureau.Statistics, null, Given.StatisticsClerk, Given.Now);
        Assert.Null(report.Confirmed);
        Assert.Equal([OwningBureau.Tax], report.AwaitingConfirmation());

        report.Confirm(OwningBureau.Tax, null, Given.TaxClerk, Given.Now);
        Assert.Equal(1, report.Confirmed!.Number);
    }

    [Fact]
    public void ATaxCorrectionKeepsStatisticsConfirmationOfItsUntouchedFiguresAndConfirmsTheTaxPart()
    {
        var report = Submit();
        report.Confirm(OwningBureau.Statistics, null, Given.StatisticsClerk, Given.Now);

        report.Correct(new Dictionary<string, decimal> { [FigureCodes.TaxPaid] = 900_000m }, "入库数", OwningBureau.Tax, Given.TaxClerk, Given.Now);

        Assert.Equal(2, report.Confirmed!.Number);
        Assert.Equal(900_000m, report.Confirmed.Figures[FigureCodes.TaxPaid]);
    }

    [Fact]
    public void ABureauConfirmsOrCorrectsOnlyTheFiguresItOwns()
    {
        var report = Submit();

        var confirm = Assert.Throws<BusinessRuleBrokenException>(() => report.Confirm(OwningBureau.Tax, [FigureCodes.OutputValue], Given.TaxClerk, Given.Now));
        var correct = Assert.Throws<BusinessRuleBrokenException>(() =>
            report.Correct(new Dictionary<string, decimal> { [FigureCodes.OutputValue] = 1m }, "x", OwningBureau.Tax, Given.TaxClerk, Given.Now));

        Assert.Equal(nameof(AFigureIsCorrectedOrConfirmedByItsOwner), confirm.RuleName);
        Assert.Equal(nameof(AFigureIsCorrectedOrConfirmedByItsOwner), correct.RuleName);
        Assert.Single(report.Versions);
        Assert.Empty(report.Confirmations);
    }

    [Fact]
    public void TheEnterpriseMayCorrectOnlyBeforeAnyBureauConfirmed()
    {
        var report = Submit();
        report.Correct(new Dictionary<string, decimal> { [FigureCodes.AllStaff] = 120m }, "漏报", null, Given.Enterprise, Given.Now);
        report.Confirm(OwningBureau.Statistics, null, Given.StatisticsClerk, Given.Now);

        var refused = Assert.Throws<BusinessRuleBrokenException>(() =>
            report.Correct(new Dictionary<string, decimal> { [FigureCodes.AllStaff] = 130m }, "再改", null, Given.Enterprise, Given.Now));

        Assert.Equal(nameof(TheEnterpriseCorrectsOnlyUnconfirmedReports), refused.RuleName);
    }

    [Fact]
    public void APeriodAlreadyReportedIsRefusedWhetherConfirmedOrNot()
    {
        var report = Submit();
        report.Confirm(OwningBureau.Statistics, null, Given.StatisticsClerk, Given.Now);
        report.Confirm(OwningBureau.Tax, null, Given.TaxClerk, Given.Now);

        var refused = Assert.Throws<BusinessRuleBrokenException>(() =>
            IndicatorReport.Submit(report.ContractId, Given.Uscc, report.Period, Reported, report, Given.Enterprise, Given.Now));

        Assert.Equal(nameof(APeriodIsReportedOnce), refused.RuleName);
        Assert.Contains("confirmed", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NegativeFiguresAndRatiosOverOneHundredPercentAreNamedFieldByField()
    {
        var problems = FigureValidation.Problems(Given.Figures(
            (FigureCodes.TaxPaid, -1m), (FigureCodes.RndStaff, 30m), (FigureCodes.AllStaff, 20m), (FigureCodes.RndExpense, 5m), (FigureCodes.Revenue, 4m), ("profit", 1m)));

        Assert.Contains(problems, p => p.Field == FigureCodes.TaxPaid && p.Message.Contains("negative", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Field == FigureCodes.RndStaff && p.Message.Contains("100%", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Field == FigureCodes.RndExpense && p.Message.Contains("100%", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Field == "profit");
    }

    [Theory]
    [InlineData("2025", 2025, null)]
    [InlineData("2025q3", 2025, 3)]
    public void PeriodsAreYearsOrQuarters(string text, int year, int? quarter)
    {
        Assert.True(ReportPeriod.TryParse(text, out var period));
        Assert.Equal(new ReportPeriod(year, quarter), period);
        Assert.False(ReportPeriod.TryParse("2025Q5", out _));
    }

    private static IndicatorReport Submit() =>
        IndicatorReport.Submit(Guid.CreateVersion7(), Given.Uscc, new ReportPeriod(2025, null), Reported, null, Given.Enterprise, Given.Now);
}
