using LandPlatform.Admission.Domain.Evaluation;
using LandPlatform.Admission.Domain.Standards;
using static LandPlatform.Admission.Tests.Domain.Worked;
using I = LandPlatform.IntegrationContracts.Indicators.IndicatorCodes;

namespace LandPlatform.Admission.Tests.Domain;

/// <summary>Input an application cannot be judged on is refused field by field, before anything is stored.</summary>
public sealed class RejectingBadApplicationInputTests
{
    private static readonly Commitment[] Good =
    [
        C(I.FixedAssetInvestmentIntensity, 600m, "万元/亩"), C(I.TaxPerMu, 50m, "万元/亩"), C(I.OutputPerMu, 900m, "万元/亩"),
    ];

    private static IReadOnlyDictionary<string, List<string>> Problems(ApplicationContent a, StandardTerms? s = null) =>
        ApplicationValidation.Validate(Worked.Binhai, s ?? BinhaiStandard(), a).ByField;

    [Fact]
    public void A_good_application_has_no_problems() =>
        Assert.Empty(Problems(Application("artificial-intelligence", commitments: Good)));

    [Theory]
    [InlineData("Z12")]
    [InlineData("c39")]
    [InlineData("C3")]
    public void An_unknown_sector_is_refused(string sector) =>
        Assert.Contains("sectorCode", Problems(Application("artificial-intelligence", commitments: Good, sector: sector)).Keys);

    [Fact]
    public void An_unknown_catalog_code_is_refused_naming_the_catalog()
    {
        var problems = Problems(Application("real-estate", commitments: Good));
        Assert.Contains("关于支持新型产业用地高效复合利用办法", Assert.Single(problems["industryCode"]), StringComparison.Ordinal);
    }

    [Fact]
    public void An_indicator_the_standard_names_must_be_committed()
    {
        var problems = Problems(Application("artificial-intelligence", commitments: Good[..2]));
        Assert.Contains(I.OutputPerMu, Assert.Single(problems["commitments"]), StringComparison.Ordinal);
    }

    [Fact]
    public void Negative_values_ratios_over_100_percent_and_wrong_units_are_refused()
    {
        var problems = Problems(Application("artificial-intelligence",
            plan: Plan(density: 101m),
            commitments: [C(I.FixedAssetInvestmentIntensity, -1m, "万元/亩"), C(I.TaxPerMu, 50m, "%"), C(I.OutputPerMu, 900m, "万元/亩"), C(I.RndStaffRatio, 100.5m, "%")]));

        Assert.Contains("commitments[0].value", problems.Keys);
        Assert.Contains("commitments[1].unit", problems.Keys);
        Assert.Contains("commitments[3].value", problems.Keys);
        Assert.Contains("plan.buildingDensityPercent", problems.Keys);
    }

    [Fact]
    public void A_floor_area_split_that_does_not_add_up_is_refused()
    {
        var problems = Problems(Application("artificial-intelligence", plan: Plan(total: 19_999m), commitments: Good));
        Assert.Contains("= 20000 m², not 19999 m²", Assert.Single(problems["plan.totalM2"]), StringComparison.Ordinal);
    }

    [Fact]
    public void A_standard_must_set_a_number_the_document_names_without_one()
    {
        var s = Standard(Worked.LeaseThenTransfer, "M1", "LeaseThenTransfer", industries: ["智能制造"], termYears: 20, leaseYears: 5);
        var problems = StandardValidation.Validate(Worked.LeaseThenTransfer, s).ByField;
        Assert.Equal(3, problems["indicators"].Count);
    }
}
