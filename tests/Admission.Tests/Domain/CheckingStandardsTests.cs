using LandPlatform.Admission.Domain.Standards;
using LandPlatform.IntegrationContracts.Events;
using LandPlatform.IntegrationContracts.Indicators;

namespace LandPlatform.Admission.Tests.Domain;

/// <summary>The pack checks a parcel's standard, each planning limit at its boundary.</summary>
public sealed class CheckingStandardsTests
{
    private static readonly PlanningConditions InPark = new(ParkIndustrialLandM2: 1_000_000m, ParkM0LandM2: 100_000m);

    [Fact]
    public void A_binhai_standard_drafted_from_the_defaults_takes_the_documents_numbers_and_passes()
    {
        var s = Worked.BinhaiStandard();

        Assert.Equal(1.5m, s.Planning.FarMin);
        Assert.Null(s.Planning.FarMax); // 小于4.0 is exclusive: left to the pack
        Assert.Equal(30m, s.Planning.BuildingDensityMinPercent);
        Assert.Equal(20m, s.Planning.GreenRatioMinPercent);
        Assert.Equal(30m, s.Planning.SupportingMaxPercent);
        Assert.Equal(100m, s.Planning.RndUnitMinM2);
        Assert.Equal(300m, s.Planning.ProductionUnitMinM2);
        Assert.Equal(40, s.TermYears);
        var intensity = Assert.Single(s.Indicators, i => i.Code == IndicatorCodes.FixedAssetInvestmentIntensity);
        Assert.Equal((573m, "万元/亩"), (intensity.Value, intensity.Unit));
        Assert.Contains("附件2", intensity.Clause, StringComparison.Ordinal);
        Assert.True(StandardCheck.Passes(StandardCheck.Check(Worked.Binhai, s)));
    }

    [Theory]
    [InlineData(1.5, 3.99, true)]
    [InlineData(1.49, 3.0, false)]
    [InlineData(2.0, 4.0, false)]
    [InlineData(3.0, 2.0, false)]
    public void Binhai_far_is_from_1_5_and_below_4_0(decimal min, decimal max, bool passes) =>
        AssertCheck(Worked.BinhaiStandard(InPark with { FarMin = min, FarMax = max }), passes, "FloorAreaRatio");

    [Theory]
    [InlineData(30, true)]
    [InlineData(29.99, false)]
    public void Binhai_building_density_is_at_least_30_percent(decimal density, bool passes) =>
        AssertCheck(Worked.BinhaiStandard(InPark with { BuildingDensityMinPercent = density }), passes, "BuildingDensity");

    [Theory]
    [InlineData(20, true)]
    [InlineData(19.99, false)]
    public void Binhai_green_ratio_is_at_least_20_percent(decimal green, bool passes) =>
        AssertCheck(Worked.BinhaiStandard(InPark with { GreenRatioMinPercent = green }), passes, "GreenRatio");

    [Theory]
    [InlineData(30, true)]
    [InlineData(30.01, false)]
    public void Binhai_supporting_floor_area_is_at_most_30_percent(decimal share, bool passes) =>
        AssertCheck(Worked.BinhaiStandard(InPark with { SupportingMaxPercent = share }), passes, "SupportingShare");

    [Theory]
    [InlineData(100, 300, true)]
    [InlineData(99.99, 300, false)]
    [InlineData(100, 299.99, false)]
    public void Binhai_rnd_units_are_at_least_100_and_production_units_300_square_metres(decimal rnd, decimal production, bool passes) =>
        AssertCheck(Worked.BinhaiStandard(InPark with { RndUnitMinM2 = rnd, ProductionUnitMinM2 = production }), passes, "UnitMinimum");

    [Theory]
    [InlineData(140_000, true)]   // (140,000 + 10,000) ÷ 1,000,000 = 15%
    [InlineData(140_001, false)]
    public void Binhai_m0_land_is_at_most_15_percent_of_the_parks_industrial_land(decimal existingM0, bool passes)
    {
        var lines = StandardCheck.Check(Worked.Binhai, Worked.BinhaiStandard(InPark with { ParkM0LandM2 = existingM0 }));
        var line = Assert.Single(lines, l => l.Rule == "M0ShareOfPark");
        Assert.Equal(passes, line.Pass);
        Assert.StartsWith("《关于支持新型产业用地高效复合利用办法（2023年修订稿）（征求意见稿）》第四条（一）", line.Clause, StringComparison.Ordinal);
    }

    [Fact]
    public void A_binhai_m0_standard_without_the_park_figures_cannot_show_the_15_percent_cap()
    {
        var lines = StandardCheck.Check(Worked.Binhai, Worked.BinhaiStandard(new PlanningConditions()));
        Assert.False(Assert.Single(lines, l => l.Rule == "M0ShareOfPark").Pass);
    }

    [Theory]
    [InlineData(SupplyModes.Grant, 40, true)]
    [InlineData(SupplyModes.Grant, 41, false)]
    [InlineData(SupplyModes.LeaseThenTransfer, 20, false)] // not a Binhai supply mode
    public void Binhai_term_is_at_most_40_years(string mode, int years, bool passes)
    {
        var s = Worked.BinhaiStandard() with { SupplyMode = mode, TermYears = years };
        Assert.Equal(passes, StandardCheck.Passes(StandardCheck.Check(Worked.Binhai, s)));
    }

    [Theory]
    [InlineData(15, true)]
    [InlineData(15.01, false)]
    public void Shijingshan_supporting_facilities_are_at_most_15_percent(decimal share, bool passes) =>
        AssertCheck(Worked.ShijingshanStandard() with { Planning = Worked.ShijingshanStandard().Planning with { SupportingMaxPercent = share } }, passes, "SupportingShare");

    [Theory]
    [InlineData(3, 2, true)]
    [InlineData(2, 2, false)]
    [InlineData(3, 1, false)]
    public void Shijingshan_asks_three_green_stars_for_new_buildings_and_two_for_renovations(int newStars, int renovationStars, bool passes)
    {
        var s = Worked.ShijingshanStandard();
        s = s with { Planning = s.Planning with { GreenStarsNewBuilding = newStars, GreenStarsRenovation = renovationStars } };
        AssertCheck(s, passes, "GreenBuilding");
    }

    [Theory]
    [InlineData(SupplyModes.Grant, 20, true)]
    [InlineData(SupplyModes.Grant, 21, false)]
    [InlineData(SupplyModes.Lease, 15, true)]
    [InlineData(SupplyModes.Lease, 16, false)]
    public void Shijingshan_grants_at_most_20_years_and_leases_at_most_15(string mode, int years, bool passes)
    {
        var s = Worked.ShijingshanStandard() with { SupplyMode = mode, TermYears = years };
        Assert.Equal(passes, StandardCheck.Passes(StandardCheck.Check(Worked.Shijingshan, s)));
    }

    [Fact]
    public void Shijingshan_output_floors_cannot_be_lowered_by_a_parcels_standard()
    {
        var s = Worked.ShijingshanStandard();
        s = s with { Indicators = [.. s.Indicators.Where(i => i.Code != IndicatorCodes.RevenuePerFloorArea), new(IndicatorCodes.RevenuePerFloorArea, 59_999m, "元/m²", "x", "output")] };
        var line = Assert.Single(StandardCheck.Check(Worked.Shijingshan, s), l => l.Rule == "IndicatorFloorKept" && !l.Pass);
        Assert.Equal("59999 元/m²", line.Value);
        Assert.Equal("≥ 6 亿元/万m² × 10000 = 60000 元/m²", line.Limit);
    }

    [Theory]
    [InlineData(50, true)]
    [InlineData(51, false)]
    public void A_xihu_term_is_within_50_years_the_pack_and_the_national_maximum(int years, bool passes)
    {
        var lines = StandardCheck.Check(Worked.Xihu, Worked.XihuStandard() with { TermYears = years });
        Assert.Equal(passes, Assert.Single(lines, l => l.Rule == "TermWithinNational").Pass);
        Assert.Equal(passes, Assert.Single(lines, l => l.Rule == "TermWithinPack").Pass);
    }

    [Theory]
    [InlineData(20, 5, true)]
    [InlineData(21, 5, false)]
    [InlineData(20, 6, false)]
    public void Beijing_lease_then_transfer_leases_at_most_5_years_within_20_in_all(int total, int lease, bool passes)
    {
        var s = Worked.LeaseThenTransferStandard() with { TermYears = total, LeaseYears = lease };
        Assert.Equal(passes, StandardCheck.Passes(StandardCheck.Check(Worked.LeaseThenTransfer, s)));
    }

    [Fact]
    public void Xihu_standards_keep_the_city_floors_and_a_named_bidding_mode()
    {
        var s = Worked.XihuStandard();
        Assert.True(StandardCheck.Passes(StandardCheck.Check(Worked.Xihu, s)));

        var lowered = s with { Indicators = [.. s.Indicators.Where(i => i.Code != IndicatorCodes.TaxPerMu), new(IndicatorCodes.TaxPerMu, 49m, "万元/亩", "x")] };
        Assert.Contains(StandardCheck.Check(Worked.Xihu, lowered), l => l.Rule == "IndicatorFloorKept" && !l.Pass);

        var auction = s with { BiddingMode = "价高者得" };
        Assert.False(Assert.Single(StandardCheck.Check(Worked.Xihu, auction), l => l.Rule == "BiddingModeInPack").Pass);
    }

    [Fact]
    public void Shilong_and_the_national_ceiling_apply_when_the_document_sets_no_term()
    {
        var s = Worked.ShilongStandard();
        Assert.Equal(50, s.TermYears);
        Assert.True(StandardCheck.Passes(StandardCheck.Check(Worked.Shilong, s)));
        Assert.Equal(6m, Assert.Single(s.Indicators, i => i.Code == IndicatorCodes.TaxPerMu).Value);
    }

    private static void AssertCheck(StandardTerms s, bool passes, string rulePart)
    {
        var pack = Worked.Packs.Find(s.PackId)!;
        var lines = StandardCheck.Check(pack, s).Where(l => l.Rule.Contains(rulePart, StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(lines);
        Assert.Equal(passes, lines.All(l => l.Pass));
        Assert.All(lines, l => Assert.False(string.IsNullOrWhiteSpace(l.Clause)));
    }
}
