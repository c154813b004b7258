using LandPlatform.IntegrationContracts.Indicators;
using LandPlatform.Monitoring.Domain;
using LandPlatform.Monitoring.Domain.Assessments;
using LandPlatform.Monitoring.Domain.Indicators;
using LandPlatform.SeedWork;

namespace LandPlatform.Monitoring.Tests.Domain;

/// <summary>
/// 达标考核: each committed indicator against the confirmed actual, on the indicators of the project type (Binhai
/// art. 13), on the developed area for phased projects and with a fiscal make-up (art. 14), through the steps in order.
/// </summary>
public sealed class AssessmentSpecs
{
    private static readonly CommittedIndicator[] BinhaiCommitments =
    [
        Given.Committed(IndicatorCodes.TaxPerMu, 50m, "万元/亩"),
        Given.Committed(IndicatorCodes.OutputPerMu, 800m, "万元/亩"),
        Given.Committed(IndicatorCodes.RndStaffRatio, 30m, "%"),
        Given.Committed(IndicatorCodes.QualityEnterprisesAttracted, 3m, "家"),
    ];

    // Tax and output reached; R&D staff 10% (committed 30%); one quality enterprise (committed 3).
    private static readonly Figures Actuals = Given.Figures(
        (FigureCodes.TaxPaid, Given.OnTwentyMu(55m)), (FigureCodes.OutputValue, Given.OnTwentyMu(900m)),
        (FigureCodes.RndStaff, 10m), (FigureCodes.AllStaff, 100m), (FigureCodes.QualityEnterprisesAttracted, 1m));

    [Fact]
    public void ABinhaiSelfUseProjectIsJudgedOnRndAndNotOnQualityEnterprises()
    {
        var result = Evaluate(Given.Standard(Given.Binhai, 80m, BinhaiCommitments), Actuals);

        Assert.Equal("self-use", result.ProjectType);
        Assert.Equal(LineOutcome.Failed, Line(result, IndicatorCodes.RndStaffRatio).Outcome);
        Assert.Equal(LineOutcome.NotJudged, Line(result, IndicatorCodes.QualityEnterprisesAttracted).Outcome);
        Assert.Contains("第十三条（一）", Line(result, IndicatorCodes.RndStaffRatio).Clause, StringComparison.Ordinal);
        Assert.False(result.Passed);
    }

    [Fact]
    public void ABinhaiMarketProjectIsJudgedOnQualityEnterprisesAndNotOnRnd()
    {
        var result = Evaluate(Given.Standard(Given.Binhai, 60m, BinhaiCommitments), Actuals);

        Assert.Equal("market", result.ProjectType);
        Assert.Equal(LineOutcome.NotJudged, Line(result, IndicatorCodes.RndStaffRatio).Outcome);
        Assert.Equal(LineOutcome.Failed, Line(result, IndicatorCodes.QualityEnterprisesAttracted).Outcome);
        Assert.Contains("第十三条（二）", Line(result, IndicatorCodes.QualityEnterprisesAttracted).Clause, StringComparison.Ordinal);
    }

    [Fact]
    public void EveryLineShowsCommittedActualUnitConversionAndClause()
    {
        var result = Evaluate(Given.Standard(Given.Binhai, 80m, BinhaiCommitments), Actuals);

        var tax = Line(result, IndicatorCodes.TaxPerMu);
        Assert.Equal(50m, tax.Committed);
        Assert.Equal(55m, decimal.Round(tax.Actual!.Value, 10));
        Assert.Equal("万元/亩", tax.Unit);
        Assert.Contains("亩 (1 亩 = 10000/15 m²)", tax.Workings, StringComparison.Ordinal);
        Assert.Equal("履约监管协议 tax-per-mu", tax.CommitmentClause);
        Assert.Equal(LineOutcome.Passed, tax.Outcome);
        Assert.Equal(4, result.Lines.Count);
    }

    [Fact]
    public void APhasedBinhaiProjectIsJudgedOnItsDevelopedArea()
    {
        // 10 of 20 亩 developed; 150 万元 of tax is 15 万元/亩 on the developed half but only 7.5 on the whole parcel.
        var standard = Given.Standard(Given.Binhai, 80m, [Given.Committed(IndicatorCodes.TaxPerMu, 10m, "万元/亩")], developedM2: Given.TwentyMuM2 / 2);
        var figures = Given.Figures((FigureCodes.TaxPaid, 1_500_000m));

        var binhai = Evaluate(standard, figures);
        var shilong = Evaluate(standard with { PolicyPackId = Given.Shilong }, figures);

        Assert.Equal(15m, decimal.Round(Line(binhai, IndicatorCodes.TaxPerMu).Actual!.Value, 10));
        Assert.Contains("当期实际开发面积", binhai.Basis.Note, StringComparison.Ordinal);
        Assert.True(binhai.Passed);
        Assert.Equal(7.5m, decimal.Round(Line(shilong, IndicatorCodes.TaxPerMu).Actual!.Value, 10));
        Assert.False(shilong.Passed);
    }

    [Fact]
    public void APhasedBinhaiProjectIsJudgedOnTheDevelopedLandItsConfirmedReportStatesWhenContractsRecordsNoPhase()
    {
        // Contracts sends no developed area; the report states 10 of 20 亩 developed: 150 万元 of tax is 15 万元/亩 on it.
        var standard = Given.Standard(Given.Binhai, 80m, [Given.Committed(IndicatorCodes.TaxPerMu, 10m, "万元/亩")]);
        var figures = Given.Figures((FigureCodes.TaxPaid, 1_500_000m), (FigureCodes.DevelopedLandArea, Given.TwentyMuM2 / 2));

        var binhai = Evaluate(standard, figures);
        var whole = Evaluate(standard, Given.Figures((FigureCodes.TaxPaid, 1_500_000m), (FigureCodes.DevelopedLandArea, Given.TwentyMuM2)));

        Assert.Equal(15m, decimal.Round(Line(binhai, IndicatorCodes.TaxPerMu).Actual!.Value, 10));
        Assert.Contains("当期实际开发面积", binhai.Basis.Note, StringComparison.Ordinal);
        Assert.True(binhai.Passed);
        Assert.Equal(7.5m, decimal.Round(Line(whole, IndicatorCodes.TaxPerMu).Actual!.Value, 10));
        Assert.Contains("出让土地面积", whole.Basis.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void AFiscalShortfallPaidUpInFullTurnsTheFailIntoAPass()
    {
        // Tax 45 of 50 万元/亩 on 20 亩: 100 万元 short.
        var standard = Given.Standard(Given.Binhai, 80m, [Given.Committed(IndicatorCodes.TaxPerMu, 50m, "万元/亩"), Given.Committed(IndicatorCodes.OutputPerMu, 800m, "万元/亩")]);
        var assessment = ThroughJointReview(standard, Given.Figures((FigureCodes.TaxPaid, Given.OnTwentyMu(45m)), (FigureCodes.OutputValue, Given.OnTwentyMu(800m))));
        Assert.False(assessment.Result!.Passed);
        Assert.Equal(1_000_000m, decimal.Round(AssessmentEvaluator.MakeUpDue(assessment.Result, Given.Pack(Given.Binhai))!.Value, 6));

        var partial = Assert.Throws<BusinessRuleBrokenException>(() => assessment.RecordFiscalMakeUp(Given.Pack(Given.Binhai), MakeUp(999_999m)));
        Assert.Equal(nameof(AMakeUpCoversTheShortfall), partial.RuleName);

        assessment.RecordFiscalMakeUp(Given.Pack(Given.Binhai), MakeUp(1_000_000m));
        assessment.RecordGovernmentReview(Given.Pack(Given.Binhai), Document(), Given.DevelopmentClerk, Given.Now, "同意");

        Assert.Equal(AssessmentOutcome.Passed, assessment.Outcome);
        var tax = Line(assessment.Result!, IndicatorCodes.TaxPerMu);
        Assert.Equal(LineOutcome.PassedByMakeUp, tax.Outcome);
        Assert.Contains("补足差额", tax.Clause, StringComparison.Ordinal);
    }

    [Fact]
    public void AMakeUpCannotCureANonFiscalFailure()
    {
        var standard = Given.Standard(Given.Binhai, 80m, [Given.Committed(IndicatorCodes.OutputPerMu, 800m, "万元/亩")]);
        var assessment = ThroughJointReview(standard, Given.Figures((FigureCodes.OutputValue, Given.OnTwentyMu(700m))));

        var refused = Assert.Throws<BusinessRuleBrokenException>(() => assessment.RecordFiscalMakeUp(Given.Pack(Given.Binhai), MakeUp(100_000_000m)));

        Assert.Equal(nameof(AMakeUpCoversTheShortfall), refused.RuleName);
    }

    [Fact]
    public void StepsOutOfOrderAreRefusedNamingTheAllowedStep()
    {
        var assessment = Apply(Given.Standard(Given.Binhai, 80m, BinhaiCommitments));

        var refused = Assert.Throws<BusinessRuleBrokenException>(() =>
            assessment.RecordGovernmentReview(Given.Pack(Given.Binhai), Document(), Given.DevelopmentClerk, Given.Now, "x"));

        var rule = Assert.IsType<StepsFollowTheOrder>(refused.Rule);
        Assert.Equal([AssessmentStep.InitialCheck], rule.Allowed);
        Assert.Single(assessment.Steps);
    }

    [Fact]
    public void AnApplicationOutsideTheContractsWindowIsRefused()
    {
        var standard = Given.Standard(Given.Binhai, 80m, BinhaiCommitments) with { AssessmentWindowClosesOn = new DateOnly(2026, 5, 1) };

        var refused = Assert.Throws<BusinessRuleBrokenException>(() => Assessment.Apply(standard, null, Given.Enterprise, Given.Now, "申请"));

        Assert.Equal(nameof(AssessmentIsAppliedForWithinTheWindow), refused.RuleName);
    }

    [Fact]
    public void AFailureGivesTheRectificationPeriodAndFailingTheRectificationAssessmentIsFinal()
    {
        var standard = Given.Standard(Given.Binhai, 80m, [Given.Committed(IndicatorCodes.OutputPerMu, 800m, "万元/亩")]);
        var failing = Given.Figures((FigureCodes.OutputValue, Given.OnTwentyMu(700m)));
        var first = Decide(ThroughJointReview(standard, failing));
        Assert.Equal(AssessmentOutcome.Failed, first.Outcome);
        Assert.False(first.Final);
        Assert.Equal(ChinaTime.DateOf(Given.Now).AddYears(2), first.RectificationDeadline);

        // The contract's window has closed by then; the rectification assessment runs on the rectification period.
        var later = standard with { AssessmentWindowClosesOn = new DateOnly(2026, 5, 1) };
        var second = Assessment.Apply(later, first, Given.Enterprise, Given.Now.AddYears(1), "整改后申请");
        second.RecordInitialCheck(Given.DevelopmentClerk, Given.Now, "材料齐全");
        var (report, confirmed) = Given.ConfirmedReport(standard.ContractId, failing, 2026);
        second.RecordJointReview(AssessmentEvaluator.Evaluate(Given.Pack(Given.Binhai), later, report, confirmed), Given.DevelopmentClerk, Given.Now, "仍未达标");
        Decide(second);

        Assert.Equal(AssessmentKind.Rectification, second.Kind);
        Assert.True(second.Final);
        Assert.Null(second.RectificationDeadline);
        var again = Assert.Throws<BusinessRuleBrokenException>(() => Assessment.Apply(later, second, Given.Enterprise, Given.Now.AddYears(1), "再申请"));
        Assert.Equal(nameof(AContractIsAssessedUntilDecided), again.RuleName);
    }

    [Fact]
    public void ALeaseThenTransferFailureIsFinalAtOnce()
    {
        var standard = Given.Standard(Given.LeaseThenTransfer, 100m, [Given.Committed(IndicatorCodes.OutputPerMu, 800m, "万元/亩")]);

        var decided = Decide(ThroughJointReview(standard, Given.Figures((FigureCodes.OutputValue, 1m))), Given.LeaseThenTransfer);

        Assert.True(decided.Final);
    }

    [Fact]
    public void ARectificationPeriodRunningOutWithoutAnApplicationMakesTheFailureFinalOnce()
    {
        var standard = Given.Standard(Given.Binhai, 80m, [Given.Committed(IndicatorCodes.OutputPerMu, 800m, "万元/亩")]);
        var failed = Decide(ThroughJointReview(standard, Given.Figures((FigureCodes.OutputValue, 1m))));
        var deadline = failed.RectificationDeadline!.Value;

        Assert.False(failed.ExpireRectification(deadline, rectificationApplied: false));
        Assert.True(failed.ExpireRectification(deadline.AddDays(1), rectificationApplied: false));
        Assert.False(failed.ExpireRectification(deadline.AddDays(2), rectificationApplied: false));
        Assert.Equal(deadline.AddDays(1), failed.RectificationExpiredOn);
    }

    [Fact]
    public void ACommitmentInAUnitMonitoringCannotMeasureStopsTheJudgementRatherThanFailingTheEnterprise()
    {
        var standard = Given.Standard(Given.Binhai, 80m, [Given.Committed(IndicatorCodes.TaxPerMu, 50m, "万美元/亩")]);

        var refused = Assert.Throws<BusinessRuleBrokenException>(() => Evaluate(standard, Actuals));

        Assert.Equal(nameof(CommittedUnitsMustBeMeasurable), refused.RuleName);
    }

    private static IndicatorLine Line(AssessmentResult result, string code) => Assert.Single(result.Lines, l => l.Indicator == code);

    private static AssessmentResult Evaluate(CommittedStandard standard, Figures figures)
    {
        var (report, confirmed) = Given.ConfirmedReport(standard.ContractId, figures);
        return AssessmentEvaluator.Evaluate(Given.Pack(standard.PolicyPackId!), standard, report, confirmed);
    }

    private static Assessment Apply(CommittedStandard standard) => Assessment.Apply(standard, null, Given.Enterprise, Given.Now, "申请达标考核");

    private static Assessment ThroughJointReview(CommittedStandard standard, Figures figures)
    {
        var assessment = Apply(standard);
        assessment.RecordInitialCheck(Given.DevelopmentClerk, Given.Now, "材料齐全");
        assessment.RecordJointReview(Evaluate(standard, figures), Given.DevelopmentClerk, Given.Now, "联审意见");
        return assessment;
    }

    private static Assessment Decide(Assessment assessment, string pack = Given.Binhai)
    {
        assessment.RecordGovernmentReview(Given.Pack(pack), Document(), Given.DevelopmentClerk, Given.Now, "审定");
        return assessment;
    }

    private static FiscalMakeUp MakeUp(decimal yuan) => new(yuan, new DateOnly(2026, 5, 20), "缴款书 0001", Given.DevelopmentClerk, Given.Now);

    private static DecisionDocument Document() => new("达标验收意见", "滨政复〔2026〕1号", new DateOnly(2026, 6, 1));
}
