using LandPlatform.Admission.Domain.Packs;
using LandPlatform.Admission.Domain.Units;
using LandPlatform.IntegrationContracts.Events;

namespace LandPlatform.Admission.Domain.Standards;

/// <summary>
/// The pack checks a parcel's standard before the district government may approve it: planning numbers within
/// the document's bounds (Binhai art. 4–6, Shijingshan 四（四）), green-building stars (Shijingshan 三（二）), term
/// within the pack's and the national maximum, the supply and bidding modes the document allows, and no
/// indicator below a floor the document sets. Every line is kept, passing or not, so the clerk sees what was checked.
/// </summary>
public static class StandardCheck
{
    public static IReadOnlyList<StandardCheckLine> Check(AdmissionPack pack, StandardTerms s)
    {
        var lines = new List<StandardCheckLine>();
        var rules = pack.Rules;
        var landUse = pack.LandUse(s.LandUse);
        lines.Add(new("LandUseInPack", "用地性质", s.LandUse,
            string.Join("、", rules.LandUses.Select(l => l.Code)), landUse is not null,
            landUse?.Clause ?? string.Join("；", rules.LandUses.Select(l => l.Clause))));

        var p = rules.Planning;
        Within(lines, "FloorAreaRatioMin", "容积率下限", s.Planning.FarMin, p.FloorAreaRatio);
        Within(lines, "FloorAreaRatioMax", "容积率上限", s.Planning.FarMax, p.FloorAreaRatio);
        if (s.Planning is { FarMin: { } lo, FarMax: { } hi })
        {
            lines.Add(new("FloorAreaRatioRange", "容积率区间", $"{MeasureUnit.Format(lo)}–{MeasureUnit.Format(hi)}", "下限 ≤ 上限", lo <= hi, "地块规划条件"));
        }

        Within(lines, "BuildingDensity", "建筑密度下限", s.Planning.BuildingDensityMinPercent, p.BuildingDensityPercent);
        Within(lines, "GreenRatio", "绿地率下限", s.Planning.GreenRatioMinPercent, p.GreenRatioPercent);
        Within(lines, "SupportingShare", "配套用房比例上限", s.Planning.SupportingMaxPercent, p.SupportingSharePercent);
        Within(lines, "RndUnitMinimum", "研发类用房最小单元", s.Planning.RndUnitMinM2, p.RndUnitMinM2);
        Within(lines, "ProductionUnitMinimum", "生产类用房最小单元", s.Planning.ProductionUnitMinM2, p.ProductionUnitMinM2);
        ParkM0Share(lines, s, p.M0ShareOfParkPercent);
        GreenStars(lines, s, p.GreenBuilding);
        Terms(lines, rules, s);
        if (rules.BiddingModes.Count > 0)
        {
            lines.Add(new("BiddingModeInPack", "竞价方式", s.BiddingMode, string.Join("、", rules.BiddingModes),
                rules.BiddingModes.Contains(s.BiddingMode), rules.BiddingClause));
        }

        Floors(lines, rules, s);
        return lines;
    }

    public static bool Passes(IEnumerable<StandardCheckLine> lines) => lines.All(l => l.Pass);

    private static void Within(List<StandardCheckLine> lines, string rule, string subject, decimal? value, Bound? bound)
    {
        if (bound is null || value is not { } v)
        {
            return;
        }

        lines.Add(new(rule, subject, $"{MeasureUnit.Format(v)} {bound.Unit}".TrimEnd(), bound.Describe(), bound.Admits(v),
            bound.Decision is null ? bound.Clause : $"{bound.Clause}（{bound.Decision}）"));
    }

    private static void ParkM0Share(List<StandardCheckLine> lines, StandardTerms s, Bound? bound)
    {
        if (bound is null || s.LandUse != "M0")
        {
            return;
        }

        if (s.Planning is not { ParkIndustrialLandM2: > 0 and var park, ParkM0LandM2: { } existing })
        {
            lines.Add(new("M0ShareOfPark", "园区新型产业用地占比", "园区产业用地总面积与已有新型产业用地面积未填", bound.Describe(), false, bound.Clause));
            return;
        }

        var share = (existing + s.LandAreaM2) / park * 100m;
        lines.Add(new("M0ShareOfPark", "园区新型产业用地占比",
            $"({MeasureUnit.Format(existing)} + {MeasureUnit.Format(s.LandAreaM2)}) m² ÷ {MeasureUnit.Format(park)} m² = {MeasureUnit.Format(Math.Round(share, 4))} %",
            bound.Describe(), bound.Admits(share), bound.Clause));
    }

    private static void GreenStars(List<StandardCheckLine> lines, StandardTerms s, GreenBuildingRule? rule)
    {
        if (rule is null)
        {
            return;
        }

        var n = s.Planning.GreenStarsNewBuilding ?? 0;
        var r = s.Planning.GreenStarsRenovation ?? 0;
        lines.Add(new("GreenBuildingNew", "新建楼宇绿色建筑星级", $"{n} 星", $"≥ {rule.NewBuildingStars} 星", n >= rule.NewBuildingStars, rule.Clause));
        lines.Add(new("GreenBuildingRenovation", "存量改造绿色建筑星级", $"{r} 星", $"≥ {rule.RenovationStars} 星", r >= rule.RenovationStars, rule.Clause));
    }

    private static void Terms(List<StandardCheckLine> lines, AdmissionRules rules, StandardTerms s)
    {
        var rule = rules.Terms.FirstOrDefault(t => t.SupplyMode == s.SupplyMode);
        lines.Add(new("SupplyModeInPack", "供应方式", s.SupplyMode, string.Join("、", rules.Terms.Select(t => t.SupplyMode)),
            rule is not null, rule?.Clause ?? string.Join("；", rules.Terms.Select(t => t.Clause))));
        if (rule is not null)
        {
            lines.Add(new("TermWithinPack", "年限", $"{s.TermYears} 年", $"≤ {rule.MaxYears} 年", s.TermYears <= rule.MaxYears, rule.Clause));
            if (rule.MaxLeaseYears is { } maxLease)
            {
                var lease = s.LeaseYears ?? 0;
                lines.Add(new("LeaseWithinPack", "租赁年限", $"{lease} 年", $"≤ {maxLease} 年 且 < 总年限",
                    lease > 0 && lease <= maxLease && lease < s.TermYears, rule.LeaseClause ?? rule.Clause));
            }
        }

        lines.Add(new("TermWithinNational", "年限", $"{s.TermYears} 年", $"≤ {NationalTerm.IndustrialMaxYears} 年",
            s.TermYears is > 0 and <= NationalTerm.IndustrialMaxYears, NationalTerm.Clause));
        if (!SupplyModes.IsKnown(s.SupplyMode))
        {
            lines.Add(new("SupplyModeKnown", "供应方式", s.SupplyMode, "Grant、Lease、LeaseThenTransfer", false, NationalTerm.Clause));
        }
    }

    private static void Floors(List<StandardCheckLine> lines, AdmissionRules rules, StandardTerms s)
    {
        foreach (var floor in rules.Indicators.Where(d => d.IsFloor && d.Value is not null))
        {
            var definition = IndicatorDefinition.Find(floor.Code)!;
            var floorUnit = definition.Unit(floor.Unit)!;
            var set = s.Threshold(floor.Code);
            if (set is null || definition.Unit(set.Unit) is not { } setUnit)
            {
                lines.Add(new("IndicatorFloorKept", definition.Name, "未设定", $"≥ {floorUnit.Explain(floor.Value!.Value)}", false, floor.Clause));
                continue;
            }

            lines.Add(new("IndicatorFloorKept", definition.Name, setUnit.Explain(set.Value), $"≥ {floorUnit.Explain(floor.Value!.Value)}",
                setUnit.Convert(set.Value) >= floorUnit.Convert(floor.Value!.Value), floor.Clause));
        }
    }
}
