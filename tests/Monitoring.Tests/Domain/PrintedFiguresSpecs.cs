using System.Globalization;
using LandPlatform.IntegrationContracts.Indicators;
using LandPlatform.Monitoring.Assessments;
using LandPlatform.Monitoring.Domain.Assessments;
using LandPlatform.Monitoring.Domain.Efficiency;
using LandPlatform.Monitoring.Domain.Indicators;
using LandPlatform.Monitoring.Domain.Ledger;
using LandPlatform.Monitoring.Domain.Supervision;
using LandPlatform.Monitoring.Supervision;

namespace LandPlatform.Monitoring.Tests.Domain;

/// <summary>
/// An explanation never shows numbers that contradict its verdict (POLICY-REVIEW M3). A commitment is a floor
/// ("不低于", 《西湖区创新型产业用地管理实施细则（试行）》附件3 三（三）) judged exactly; an actual below it is printed with as many
/// decimals as it takes to read below it, everywhere it is printed: the workings, the failure summary, the assessment
/// report, the ledger's inefficiency note and the supervision documents' targets.
/// </summary>
public sealed class PrintedFiguresSpecs
{
    [Theory]
    [InlineData("49.99996", "50", 4, "49.99996", "50")]
    [InlineData("49.99995", "50", 4, "49.99995", "50")]
    [InlineData("49.999999999999999999999999", "50", 4, "49.999999999999999999999999", "50")]
    [InlineData("49.123456", "50", 4, "49.1235", "50")]
    [InlineData("5.999", "6", 2, "5.999", "6")]
    [InlineData("1199.99999", "1200", 4, "1,199.99999", "1,200")]
    public void AnActualBelowItsStandardPrintsBelowIt(string actual, string standard, int usual, string shownActual, string shownStandard)
    {
        Assert.Equal((shownActual, shownStandard), ComparedFigures.Print(D(actual), D(standard), usual));
    }

    [Theory]
    [InlineData("50.00004", "50", "50", "50")]
    [InlineData("50", "50", "50", "50")]
    [InlineData("55.123456", "50", "55.1235", "50")]
    public void AnActualAtOrAboveItsStandardPrintsAtTheUsualFourDecimals(string actual, string standard, string shownActual, string shownStandard)
    {
        Assert.Equal((shownActual, shownStandard), ComparedFigures.Print(D(actual), D(standard)));
    }

    [Fact]
    public void ATaxPerMuOf49point99996AgainstACommitted50FailsAndPrintsAs49point99996Everywhere()
    {
        var standard = Given.Standard(Given.Binhai, 80m, [Given.Committed(IndicatorCodes.TaxPerMu, 50m, "万元/亩")]);
        var (report, confirmed) = Given.ConfirmedReport(standard.ContractId, Given.Figures((FigureCodes.TaxPaid, Given.OnTwentyMu(49.99996m))));
        var assessment = Assessment.Apply(standard, null, Given.Enterprise, Given.Now, "申请达标考核");
        assessment.RecordInitialCheck(Given.DevelopmentClerk, Given.Now, "材料齐全");
        assessment.RecordJointReview(AssessmentEvaluator.Evaluate(Given.Pack(Given.Binhai), standard, report, confirmed), Given.DevelopmentClerk, Given.Now, "联审意见");

        var tax = Assert.Single(assessment.Result!.Lines);
        Assert.Equal(LineOutcome.Failed, tax.Outcome);
        Assert.EndsWith("= 49.99996 万元/亩", tax.Workings, StringComparison.Ordinal);
        Assert.Equal("tax-per-mu: 49.99996 < 50 万元/亩", assessment.Result.FailureSummary());
        Assert.Contains("<td>tax-per-mu</td><td>50</td><td>49.99996</td>", AssessmentReportDocument.Render(assessment).Html, StringComparison.Ordinal);
    }

    [Fact]
    public void AParcelJustUnderShilongsSixWanPerMuIsInefficientAndItsNoteSaysSo()
    {
        var judged = Inefficiency.Judge(Given.Pack(Given.Shilong), Given.Figures((FigureCodes.TaxPaid, Given.OnTwentyMu(5.99999m))), Given.TwentyMuM2);

        Assert.True(judged!.Value.Inefficient);
        Assert.Contains("= 5.99999 万元/亩 < 6 万元/亩", judged.Value.Workings, StringComparison.Ordinal);
    }

    [Fact]
    public void ADistrictJustUnderItsTargetIsNotPrintedAtTheTarget()
    {
        var efficiency = new GroupEfficiency("石龙产业集聚区", 2025, 1, 20m, [new EfficiencyFigure(IndicatorCodes.TaxPerMu, 5.999m, "万元/亩", 6m, "一（二）2")]);
        var content = new SupervisionDocumentContent(
            SupervisionKind.AnnualEvaluation, "2025", new DateOnly(2026, 1, 5), "四（三）", 1, new AssessmentCounts(0, 0, 0, 1), new LedgerCounts(0, 0, 0, 0, 0), [efficiency], []);

        var html = SupervisionDocumentRender.Render(SupervisionDocument.Of(content, Given.Now)).Html;

        Assert.Contains("<td>5.999</td><td>6</td><td>否</td>", html, StringComparison.Ordinal);
    }

    private static decimal D(string value) => decimal.Parse(value, CultureInfo.InvariantCulture);
}
