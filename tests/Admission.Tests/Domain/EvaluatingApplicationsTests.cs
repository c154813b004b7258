using LandPlatform.Admission.Domain.Evaluation;
using LandPlatform.Admission.Domain.Packs;
using LandPlatform.Admission.Domain.Standards;
using static LandPlatform.Admission.Tests.Domain.Worked;
using I = LandPlatform.IntegrationContracts.Indicators.IndicatorCodes;

namespace LandPlatform.Admission.Tests.Domain;

/// <summary>Worked applications against all five packs, each verdict line carrying value, threshold, conversion, outcome and clause.</summary>
public sealed class EvaluatingApplicationsTests
{
    private static readonly Commitment[] BinhaiCommitments =
    [
        C(I.FixedAssetInvestmentIntensity, 8_595m, "元/m²"), // = 573 万元/亩 exactly
        C(I.TaxPerMu, 50m, "万元/亩"),
        C(I.OutputPerMu, 900m, "万元/亩"),
    ];

    private static EvaluationResult Binhai(ApplicationContent a, StandardTerms? s = null) =>
        Judge(Worked.Binhai, s ?? BinhaiStandard(), a);

    private static EvaluationResult Judge(AdmissionPack pack, StandardTerms s, ApplicationContent a, params DistrictDecision[] decisions)
    {
        var problems = ApplicationValidation.Validate(pack, s, a);
        Assert.False(problems.Any, string.Join("; ", problems.ByField.Select(p => $"{p.Key}: {string.Join(",", p.Value)}")));
        return ApplicationEvaluator.Evaluate(pack, s, 1, a, decisions);
    }

    [Fact]
    public void A_binhai_manufacturer_in_the_catalog_with_a_conforming_plan_meets_the_standard()
    {
        var result = Binhai(Application("artificial-intelligence", commitments: BinhaiCommitments));

        Assert.Equal(Verdict.Meets, result.Verdict);
        var sector = Assert.Single(result.Lines, l => l.Code == "sector");
        Assert.Equal(("C39", "C、I、M", LineOutcome.Pass), (sector.Committed, sector.Threshold, sector.Outcome));
        Assert.StartsWith("《关于支持新型产业用地高效复合利用办法（2023年修订稿）（征求意见稿）》第三条", sector.Clause, StringComparison.Ordinal);
        Assert.Equal("人工智能", Assert.Single(result.Lines, l => l.Code == "industry").Committed);
    }

    [Fact]
    public void Money_per_land_area_is_compared_in_yuan_per_square_metre_and_the_conversion_is_shown()
    {
        var result = Binhai(Application("artificial-intelligence", commitments: BinhaiCommitments));

        var intensity = Assert.Single(result.Lines, l => l.Code == I.FixedAssetInvestmentIntensity);
        Assert.Equal(LineOutcome.Pass, intensity.Outcome);
        Assert.Equal("8595 元/m²", intensity.Committed);
        Assert.Equal("≥ 573 万元/亩", intensity.Threshold);
        Assert.Equal("承诺 8595 元/m²；标准 573 万元/亩 × 15 = 8595 元/m²", intensity.Conversion);
        Assert.Contains("附件2", intensity.Clause, StringComparison.Ordinal);
        Assert.Equal((8595m, "元/m²", 573m, "万元/亩"), (intensity.CommittedValue, intensity.CommittedUnit, intensity.ThresholdValue, intensity.ThresholdUnit));
    }

    [Fact]
    public void One_yuan_per_square_metre_short_of_the_threshold_fails()
    {
        var result = Binhai(Application("artificial-intelligence", commitments: [C(I.FixedAssetInvestmentIntensity, 8_594m, "元/m²"), .. BinhaiCommitments[1..]]));

        Assert.Equal(Verdict.DoesNotMeet, result.Verdict);
        Assert.Equal(LineOutcome.Fail, Assert.Single(result.Lines, l => l.Code == I.FixedAssetInvestmentIntensity).Outcome);
    }

    [Fact]
    public void A_binhai_enterprise_outside_sectors_c_i_m_does_not_meet_it()
    {
        var result = Binhai(Application("artificial-intelligence", commitments: BinhaiCommitments, sector: "K70"));

        Assert.Equal(Verdict.DoesNotMeet, result.Verdict);
        Assert.Equal(LineOutcome.Fail, Assert.Single(result.Lines, l => l.Code == "sector").Outcome);
    }

    [Theory]
    [InlineData(7_500, 3_000, 4_500, true)]    // 15,000 m² on 10,000 m²: FAR 1.5, the lower bound (annex 3 prices it)
    [InlineData(7_400, 3_000, 4_500, false)]   // FAR 1.49
    [InlineData(28_000, 3_900, 8_000, true)]   // FAR 3.99
    [InlineData(28_000, 4_000, 8_000, false)]  // FAR 4.0: 第五条 小于4.0
    public void The_plans_floor_area_ratio_is_held_to_the_standard_and_the_pack(decimal production, decimal rnd, decimal supporting, bool passes)
    {
        var result = Binhai(Application("artificial-intelligence", Plan(production, rnd, supporting), BinhaiCommitments));
        var far = Assert.Single(result.Lines, l => l.Code == "floor-area-ratio");
        Assert.Equal(passes ? LineOutcome.Pass : LineOutcome.Fail, far.Outcome);
        Assert.StartsWith($"{production + rnd + supporting} m² ÷ 10000 m² = ", far.Conversion, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("building-density", 30, true)]
    [InlineData("building-density", 29.9, false)]
    [InlineData("green-ratio", 20, true)]
    [InlineData("green-ratio", 19.9, false)]
    public void Density_and_green_ratio_are_held_at_their_minimum(string code, decimal value, bool passes)
    {
        var plan = code == "building-density" ? Plan(density: value) : Plan(green: value);
        var line = Assert.Single(Binhai(Application("artificial-intelligence", plan, BinhaiCommitments)).Lines, l => l.Code == code);
        Assert.Equal(passes ? LineOutcome.Pass : LineOutcome.Fail, line.Outcome);
        Assert.Contains("第五条", line.Clause, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(6_000, true)]     // 6,000 of 20,000 m² = 30%
    [InlineData(6_001, false)]
    public void Supporting_floor_area_is_at_most_30_percent_of_the_plan(decimal supporting, bool passes)
    {
        var line = Assert.Single(Binhai(Application("artificial-intelligence", Plan(production: 14_000m - supporting, supporting: supporting), BinhaiCommitments)).Lines,
            l => l.Code == "supporting-share");
        Assert.Equal(passes ? LineOutcome.Pass : LineOutcome.Fail, line.Outcome);
        Assert.Contains(" × 100 = ", line.Conversion, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(100, 300, true)]
    [InlineData(99, 300, false)]
    [InlineData(100, 299, false)]
    public void Smallest_units_are_held_at_100_and_300_square_metres(decimal rnd, decimal production, bool passes)
    {
        var result = Binhai(Application("artificial-intelligence", Plan(smallestRnd: rnd, smallestProduction: production), BinhaiCommitments));
        Assert.Equal(passes, result.Lines.Where(l => l.Code is "rnd-unit" or "production-unit").All(l => l.Outcome == LineOutcome.Pass));
    }

    private static readonly PlanningConditions NoOverrides = new();

    private static ApplicationContent Shijingshan(decimal revenue, string revenueUnit, decimal fiscal, string fiscalUnit, string industry = "industrial-internet",
        string? projectKind = null, BuildingPlan? plan = null) =>
        Application(industry, plan ?? Plan(production: 12_000m, rnd: 5_000m, supporting: 3_000m), [C(I.RevenuePerFloorArea, revenue, revenueUnit), C(I.FiscalContributionPerFloorArea, fiscal, fiscalUnit)],
            sector: "I64", projectKind: projectKind);

    [Fact]
    public void Shijingshans_output_test_is_met_by_fiscal_contribution_alone()
    {
        var result = Judge(Worked.Shijingshan, ShijingshanStandard(), Shijingshan(5m, "亿元/万m²", 1_200m, "万元/万m²"));

        Assert.Equal(Verdict.Meets, result.Verdict);
        var revenue = Assert.Single(result.Lines, l => l.Code == I.RevenuePerFloorArea);
        Assert.Equal((VerdictLine.Alternative, LineOutcome.Fail), (revenue.Kind, revenue.Outcome));
        Assert.Equal("承诺 5 亿元/万m² × 10000 = 50000 元/m²；标准 6 亿元/万m² × 10000 = 60000 元/m²", revenue.Conversion);
        var group = Assert.Single(result.Lines, l => l.Kind == VerdictLine.AlternativeGroup);
        Assert.Equal(LineOutcome.Pass, group.Outcome);
        Assert.Contains(" 或 ", group.Subject, StringComparison.Ordinal);
        Assert.Contains("三（三）", group.Clause, StringComparison.Ordinal);
    }

    [Fact]
    public void Shijingshans_output_test_is_met_by_revenue_alone_written_in_yuan_per_square_metre()
    {
        var result = Judge(Worked.Shijingshan, ShijingshanStandard(), Shijingshan(60_000m, "元/m²", 1_199m, "万元/万m²"));
        Assert.Equal(Verdict.Meets, result.Verdict);
    }

    [Fact]
    public void Failing_both_output_tests_does_not_meet_shijingshans_standard()
    {
        var result = Judge(Worked.Shijingshan, ShijingshanStandard(), Shijingshan(59_999m, "元/m²", 0.1199m, "亿元/万m²"));

        Assert.Equal(Verdict.DoesNotMeet, result.Verdict);
        var fiscal = Assert.Single(result.Lines, l => l.Code == I.FiscalContributionPerFloorArea);
        Assert.Equal("承诺 0.1199 亿元/万m² × 10000 = 1199 元/m²；标准 1200 万元/万m² × 1 = 1200 元/m²", fiscal.Conversion);
        Assert.Equal(LineOutcome.Fail, Assert.Single(result.Lines, l => l.Kind == VerdictLine.AlternativeGroup).Outcome);
    }

    [Fact]
    public void A_national_key_project_failing_the_output_test_needs_the_district_governments_exemption()
    {
        var application = Shijingshan(1m, "亿元/万m²", 100m, "万元/万m²", projectKind: ProjectKinds.NationalKeyHighTech);

        var pending = Judge(Worked.Shijingshan, ShijingshanStandard(), application);
        var exempted = Judge(Worked.Shijingshan, ShijingshanStandard(), application,
            new DistrictDecision(DistrictDecision.OutputExemption, "国家级重点高精尖项目，研发投入强", "district.leader", DateTimeOffset.UnixEpoch));

        Assert.Equal(Verdict.NeedsExemption, pending.Verdict);
        Assert.Equal(LineOutcome.NeedsDecision, Assert.Single(pending.Lines, l => l.Kind == VerdictLine.AlternativeGroup).Outcome);
        Assert.Equal(Verdict.Meets, exempted.Verdict);
        Assert.Equal(LineOutcome.Waived, Assert.Single(exempted.Lines, l => l.Kind == VerdictLine.AlternativeGroup).Outcome);
    }

    [Fact]
    public void An_industry_outside_the_leading_ones_needs_the_district_governments_consent()
    {
        var pending = Judge(Worked.Shijingshan, ShijingshanStandard(), Shijingshan(7m, "亿元/万m²", 0m, "万元/万m²", industry: "other"));
        var consented = Judge(Worked.Shijingshan, ShijingshanStandard(), Shijingshan(7m, "亿元/万m²", 0m, "万元/万m²", industry: "other"),
            new DistrictDecision(DistrictDecision.IndustryConsent, "区政府常务会议同意", "district.leader", DateTimeOffset.UnixEpoch));

        Assert.Equal(Verdict.NeedsExemption, pending.Verdict);
        Assert.Equal("《石景山区高精尖产业项目用地试点方案（中关村石景山园）》三（一） 其他类型产业申请用地的需经区政府同意", Assert.Single(pending.Lines, l => l.Code == "industry").Clause);
        Assert.Equal(Verdict.Meets, consented.Verdict);
    }

    [Fact]
    public void An_ordinary_project_failing_the_output_test_cannot_be_exempted()
    {
        var application = Shijingshan(1m, "亿元/万m²", 100m, "万元/万m²");
        var result = Judge(Worked.Shijingshan, ShijingshanStandard(), application,
            new DistrictDecision(DistrictDecision.OutputExemption, "x", "district.leader", DateTimeOffset.UnixEpoch));
        Assert.Equal(Verdict.DoesNotMeet, result.Verdict);
    }

    [Theory]
    [InlineData(false, 3, true)]
    [InlineData(false, 2, false)]
    [InlineData(true, 2, true)]
    [InlineData(true, 1, false)]
    public void Shijingshan_new_buildings_need_three_green_stars_and_renovations_two(bool renovation, int stars, bool passes)
    {
        var result = Judge(Worked.Shijingshan, ShijingshanStandard(),
            Shijingshan(7m, "亿元/万m²", 0m, "万元/万m²", plan: Plan(production: 12_000m, rnd: 5_000m, supporting: 3_000m, renovation: renovation, stars: stars)));
        var line = Assert.Single(result.Lines, l => l.Code == "green-building");
        Assert.Equal(passes ? LineOutcome.Pass : LineOutcome.Fail, line.Outcome);
        Assert.StartsWith("地块准入标准 P-2026-01 第1版；《石景山区高精尖产业项目用地试点方案（中关村石景山园）》三（二）", line.Clause, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(3_000, true)]   // 3,000 of 20,000 m² = 15%
    [InlineData(3_001, false)]
    public void Shijingshan_supporting_facilities_are_at_most_15_percent_of_the_plan(decimal supporting, bool passes)
    {
        var result = Judge(Worked.Shijingshan, ShijingshanStandard(),
            Shijingshan(7m, "亿元/万m²", 0m, "万元/万m²", plan: Plan(production: 15_000m - supporting, rnd: 5_000m, supporting: supporting)));
        Assert.Equal(passes ? LineOutcome.Pass : LineOutcome.Fail, Assert.Single(result.Lines, l => l.Code == "supporting-share").Outcome);
    }

    private static readonly Commitment[] XihuCommitments =
    [
        C(I.TotalInvestment, 6m, "亿元"),
        C(I.FixedAssetInvestmentIntensity, 520m, "万元/亩"),
        C(I.TaxPerMu, 750m, "元/m²"), // = 50 万元/亩
        C(I.RndExpenseRatio, 5m, "%"),
        C(I.RndStaffRatio, 35m, "%"),
        C(I.ValueAddedPerEnergy, 6m, "万元/吨标煤"),
        C(I.ValueAddedPerEmission, 1200m, "万元/吨"),
    ];

    [Fact]
    public void A_xihu_rnd_centre_meets_the_city_floors_at_their_boundaries()
    {
        var result = Judge(Worked.Xihu, XihuStandard(), Application("rnd", commitments: XihuCommitments, sector: "M73"));

        Assert.Equal(Verdict.Meets, result.Verdict);
        Assert.Equal("承诺 6 亿元 × 100000000 = 600000000 元；标准 50000 万元 × 10000 = 500000000 元",
            Assert.Single(result.Lines, l => l.Code == I.TotalInvestment).Conversion);
        var rnd = Assert.Single(result.Lines, l => l.Code == I.RndExpenseRatio);
        Assert.Null(rnd.Conversion); // both in %, nothing converted
        Assert.Equal(("5 %", "≥ 5 %"), (rnd.Committed, rnd.Threshold));
    }

    [Fact]
    public void A_xihu_applicant_in_an_industry_the_parcel_does_not_admit_does_not_meet_it()
    {
        var result = Judge(Worked.Xihu, XihuStandard(), Application("design", commitments: XihuCommitments, sector: "M74"));
        Assert.Equal(Verdict.DoesNotMeet, result.Verdict);
        Assert.Equal(LineOutcome.Fail, Assert.Single(result.Lines, l => l.Code == "industry").Outcome);
    }

    [Fact]
    public void A_xihu_rnd_ratio_just_under_5_percent_does_not_meet_it()
    {
        var result = Judge(Worked.Xihu, XihuStandard(), Application("rnd", commitments: [.. XihuCommitments.Where(c => c.Code != I.RndExpenseRatio), C(I.RndExpenseRatio, 4.99m, "%")]));
        Assert.Equal(Verdict.DoesNotMeet, result.Verdict);
    }

    [Fact]
    public void A_beijing_lease_then_transfer_applicant_is_judged_by_the_numbers_its_district_set()
    {
        var result = Judge(Worked.LeaseThenTransfer, LeaseThenTransferStandard(), Application("智能制造",
            commitments: [C(I.FixedAssetInvestmentIntensity, 600m, "万元/亩"), C(I.OutputPerMu, 15_000m, "元/m²"), C(I.TaxPerMu, 59m, "万元/亩")]));

        Assert.Equal(Verdict.DoesNotMeet, result.Verdict);
        Assert.Equal(LineOutcome.Pass, Assert.Single(result.Lines, l => l.Code == I.OutputPerMu).Outcome); // 15,000 元/m² = 1,000 万元/亩
        var tax = Assert.Single(result.Lines, l => l.Code == I.TaxPerMu);
        Assert.Equal((LineOutcome.Fail, "三（二） 税收"), (tax.Outcome, tax.Clause));
    }

    [Fact]
    public void A_shilong_applicant_at_the_clusters_tax_target_meets_it()
    {
        var result = Judge(Worked.Shilong, ShilongStandard(), Application("装备制造",
            commitments: [C(I.FixedAssetInvestmentIntensity, 200m, "万元/亩"), C(I.TaxPerMu, 90m, "元/m²")]));

        Assert.Equal(Verdict.Meets, result.Verdict);
        var tax = Assert.Single(result.Lines, l => l.Code == I.TaxPerMu);
        Assert.Equal("承诺 90 元/m²；标准 6 万元/亩 × 15 = 90 元/m²", tax.Conversion);
        Assert.StartsWith("《石龙产业集聚区用地提质增效行动方案》一（二）2", tax.Clause, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_line_of_every_verdict_names_its_clause()
    {
        var results = new[]
        {
            Binhai(Application("artificial-intelligence", commitments: BinhaiCommitments)),
            Judge(Worked.Shijingshan, ShijingshanStandard(), Shijingshan(5m, "亿元/万m²", 1_200m, "万元/万m²")),
            Judge(Worked.Xihu, XihuStandard(), Application("rnd", commitments: XihuCommitments)),
        };
        Assert.All(results.SelectMany(r => r.Lines), l => Assert.False(string.IsNullOrWhiteSpace(l.Clause), l.Subject));
    }
}
