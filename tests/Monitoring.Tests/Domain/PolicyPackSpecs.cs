using LandPlatform.IntegrationContracts.Indicators;
using LandPlatform.IntegrationContracts.PolicyPacks;
using LandPlatform.Monitoring.Domain.Indicators;
using LandPlatform.Monitoring.Policies;
using LandPlatform.SeedWork;
using LandPlatform.Testing.Policies;

namespace LandPlatform.Monitoring.Tests.Domain;

/// <summary>Monitoring's policy packs are data with clauses quoting the documents, validated at load.</summary>
public sealed class PolicyPackSpecs
{
    [Fact]
    public void BinhaiJudgesSelfUseProjectsAtSeventyPercentOnInvestmentTaxOutputRndAndTechnologyResults()
    {
        var binhai = Given.Pack(Given.Binhai);

        var types = binhai.ProjectTypes!;
        Assert.Equal(70m, types.SelfUseThresholdPercent.Value);
        Assert.Contains("第十三条（一）", types.SelfUse.Clause, StringComparison.Ordinal);
        Assert.Equal(
            [IndicatorCodes.FixedAssetInvestmentIntensity, IndicatorCodes.OutputPerMu, IndicatorCodes.RndExpenseRatio, IndicatorCodes.RndStaffRatio, IndicatorCodes.TaxPerMu, IndicatorCodes.TechnologyResults],
            types.SelfUse.Indicators.Order(StringComparer.Ordinal));
        Assert.Equal([IndicatorCodes.OutputPerMu, IndicatorCodes.QualityEnterprisesAttracted, IndicatorCodes.TaxPerMu], types.Market.Indicators.Order(StringComparer.Ordinal));
        Assert.Contains("补足差额", binhai.FiscalMakeUp!.Clause, StringComparison.Ordinal);
        Assert.Contains("按当期实际开发面积", binhai.PhasedOnDevelopedAreaClause, StringComparison.Ordinal);
    }

    [Fact]
    public void ShilongCountsLandBelowSixWanYuanTaxPerMuAsInefficientAndSetsItAsTheClusterTarget()
    {
        var shilong = Given.Pack(Given.Shilong);

        Assert.Equal(6m, shilong.InefficientBelow!.Value);
        Assert.Equal("万元/亩", shilong.InefficientBelow.Unit);
        Assert.Contains("亩均税收达到6万元", shilong.InefficientBelow.Clause, StringComparison.Ordinal);
        Assert.Contains(shilong.Targets, t => t.Indicator == IndicatorCodes.TaxPerMu && t.Value == 6m);
        Assert.Contains("季度通报、半年约谈", shilong.SupervisionCadenceClause, StringComparison.Ordinal);
    }

    [Fact]
    public void RectificationIsAtMostTwoYearsAndNoneForLeaseThenTransfer()
    {
        Assert.All(Given.Packs.All, p => Assert.InRange(p.RectificationYears.Value, 0m, 2m));
        Assert.Equal(2m, Given.Packs.Resolve("hangzhou-xihu-2020", new DateOnly(2020, 6, 1)).RectificationYears.Value);
        Assert.Contains("最长不超过两年", Given.Packs.Resolve("hangzhou-xihu-2020", new DateOnly(2020, 6, 1)).RectificationYears.Clause, StringComparison.Ordinal);
        Assert.Equal(0m, Given.Pack(Given.LeaseThenTransfer).RectificationYears.Value);
    }

    [Fact]
    public void EveryPackCarriesTheNationalIdleLandConsequences()
    {
        Assert.All(Given.Packs.All, p =>
        {
            Assert.Equal(1, p.IdleLand.FeeAfterYears);
            Assert.Equal(20m, p.IdleLand.FeePercentOfLandPrice);
            Assert.Equal(2, p.IdleLand.RecoveryAfterYears);
        });
    }

    [Fact]
    public void APackPromisingMoreThanTwoYearsOfRectificationIsRefusedAtLoad()
    {
        var baseline = ("national-baseline.json", """
            { "idleLand": { "feeAfterYears": 1, "feePercentOfLandPrice": 20, "recoveryAfterYears": 2, "clause": "x" },
              "annualReport": { "dueMonthsAfterYearEnd": 6, "clause": "y" } }
            """);
        var pack = ("national-default.json", """
            { "id": "national-default", "version": 1, "title": "t", "district": "d", "effectiveFrom": "2020-01-01",
              "monitoring": { "assessmentClause": "a", "annualRecheckClause": "b", "supervisionCadenceClause": "c",
                              "rectification": { "years": 3, "clause": "r" } } }
            """);

        var invalid = Assert.Throws<PolicyPackInvalidException>(() => MonitoringPolicyCatalog.Load([baseline, pack]));

        Assert.Contains(invalid.Problems, p => p.Contains("rectification", StringComparison.Ordinal));
    }

    [Fact]
    public void EveryPackDuesTheYearlyFiguresSixMonthsAfterTheYearWithTheTaxLawsClauseAndABaselineWithoutThatRuleIsRefused()
    {
        var due = MonitoringPolicyCatalog.LoadEmbedded().Latest("tianjin-binhai-m0-2023")!.AnnualReport;
        var baseline = ("national-baseline.json", """{ "idleLand": { "feeAfterYears": 1, "feePercentOfLandPrice": 20, "recoveryAfterYears": 2, "clause": "x" } }""");

        var invalid = Assert.Throws<PolicyPackInvalidException>(() => MonitoringPolicyCatalog.Load([baseline]));

        Assert.Equal(new DateOnly(2026, 6, 30), due.DueOn(2025));
        Assert.Contains("企业所得税法》第五十四条", due.Clause, StringComparison.Ordinal);
        Assert.Contains(invalid.Problems, p => p.Contains("annualReport", StringComparison.Ordinal));
    }

    [Fact]
    public void AContractSignedOutsideEveryVersionOfItsPackIsNotJudgedByAnotherPack()
    {
        var refused = Assert.Throws<BusinessRuleBrokenException>(() => Given.Packs.Resolve("hangzhou-xihu-2020", new DateOnly(2023, 1, 1)));

        Assert.Equal(nameof(PolicyPackMustGovernTheContract), refused.RuleName);
        Assert.Equal("national-default", Given.Packs.Resolve(null, new DateOnly(2023, 1, 1)).PackId);
    }

    [Fact]
    public void EveryClauseInEveryPackNamesItsDocument()
    {
        Citation.AssertEveryPackClauseNamesItsDocument(
            MonitoringPolicyCatalog.LoadEmbedded().All.Select(p => ($"{p.PackId} v{p.Version}", (object)p)),
            typeof(MonitoringPolicyCatalog).Assembly,
            "LandPlatform.Monitoring.Policies.Packs.");
    }

    [Fact]
    public void EveryDistrictPackNamesItsDocumentAsThePlatformsIdentityDoes() =>
        Assert.All(
            Given.Packs.All.Where(p => p.PackId != MonitoringPolicyCatalog.NationalDefaultId),
            p => Assert.Equal(PolicyPackRegistry.Find(p.PackId)?.Title, p.Title));

    [Fact]
    public void EveryClauseMonitoringWritesInCodeNamesItsDocument()
    {
        Citation.AssertEveryRuleClauseNamesItsDocument(typeof(MonitoringPolicyCatalog).Assembly, nameof(LandPlatform.Monitoring.Domain.Ledger.OnePlanPerParcel));
    }
}
