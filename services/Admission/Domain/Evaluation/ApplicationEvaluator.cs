using LandPlatform.Admission.Domain.Packs;
using LandPlatform.Admission.Domain.Standards;
using LandPlatform.Admission.Domain.Units;

namespace LandPlatform.Admission.Domain.Evaluation;

/// <summary>
/// Judges an application against the version of the parcel's standard it was made for: catalog membership,
/// planning conformance of the building plan, and every indicator threshold, converting units only to compare and
/// showing the conversion. Pure: the same inputs always give the same lines. The input must have passed
/// <see cref="ApplicationValidation"/> (known codes and units, every indicator committed).
/// </summary>
public static class ApplicationEvaluator
{
    public static EvaluationResult Evaluate(
        AdmissionPack pack, StandardTerms standard, int standardVersion, ApplicationContent application,
        IReadOnlyList<DistrictDecision>? decisions = null)
    {
        decisions ??= [];
        var label = $"地块准入标准 {standard.ParcelCode} 第{standardVersion}版";
        var lines = new List<VerdictLine>();
        Catalog(lines, pack.Rules.Catalog, standard, application, decisions, label);
        Planning(lines, pack.Rules.Planning, standard, application.Plan, label);
        Indicators(lines, pack.Rules.Exemption, standard, application, decisions);
        return new EvaluationResult(EvaluationResult.Decide(lines), lines);
    }

    private static void Catalog(
        List<VerdictLine> lines, CatalogRules catalog, StandardTerms standard, ApplicationContent a,
        IReadOnlyList<DistrictDecision> decisions, string label)
    {
        if (catalog.SectorSections.Count > 0)
        {
            var section = a.SectorCode[..1];
            lines.Add(new(VerdictLine.Catalog, "sector", "国民经济行业门类（GB/T 4754-2017）", a.SectorCode,
                string.Join("、", catalog.SectorSections), null,
                catalog.SectorSections.Contains(section) ? LineOutcome.Pass : LineOutcome.Fail, catalog.SectorClause ?? ""));
        }

        var entry = catalog.Find(a.IndustryCode);
        var admittedByStandard = standard.Industries.Count == 0 || standard.Industries.Contains(a.IndustryCode);
        var name = entry?.Name ?? a.IndustryCode;
        var threshold = standard.Industries.Count == 0
            ? "产业分类目录"
            : $"{label} 准入产业：{string.Join("、", standard.Industries.Select(c => catalog.Find(c)?.Name ?? c))}";
        if (!admittedByStandard || (entry is null && catalog.Industries.Count > 0))
        {
            lines.Add(new(VerdictLine.Catalog, "industry", "产业门类", name, threshold, null, LineOutcome.Fail, catalog.IndustryClause));
            return;
        }

        if (entry is { RequiresConsent: true })
        {
            var consent = decisions.FirstOrDefault(d => d.Kind == DistrictDecision.IndustryConsent);
            lines.Add(new(VerdictLine.Catalog, "industry", "产业门类", name, threshold,
                consent is null ? "需经区政府同意" : $"区政府决定同意：{consent.Reasons}",
                consent is null ? LineOutcome.NeedsDecision : LineOutcome.Waived, catalog.ConsentClause ?? catalog.IndustryClause));
            return;
        }

        lines.Add(new(VerdictLine.Catalog, "industry", "产业门类", name, threshold, null, LineOutcome.Pass, catalog.IndustryClause));
    }

    private static void Planning(List<VerdictLine> lines, PlanningRules pack, StandardTerms s, BuildingPlan plan, string label)
    {
        var far = plan.TotalM2 / s.LandAreaM2;
        Check(lines, "floor-area-ratio", "容积率", far, "", Effective(s.Planning.FarMin, s.Planning.FarMax, pack.FloorAreaRatio, "", label),
            $"{F(plan.TotalM2)} m² ÷ {F(s.LandAreaM2)} m² = {F(Math.Round(far, 4))}");
        Check(lines, "building-density", "建筑密度", plan.BuildingDensityPercent, "%",
            Effective(s.Planning.BuildingDensityMinPercent, null, pack.BuildingDensityPercent, "%", label), null);
        Check(lines, "green-ratio", "绿地率", plan.GreenRatioPercent, "%",
            Effective(s.Planning.GreenRatioMinPercent, null, pack.GreenRatioPercent, "%", label), null);
        var supporting = plan.TotalM2 == 0 ? 0 : plan.SupportingM2 / plan.TotalM2 * 100m;
        Check(lines, "supporting-share", "配套用房占地上总建筑面积比例", supporting, "%",
            Effective(null, s.Planning.SupportingMaxPercent, pack.SupportingSharePercent, "%", label),
            $"{F(plan.SupportingM2)} m² ÷ {F(plan.TotalM2)} m² × 100 = {F(Math.Round(supporting, 4))} %");
        if (plan is { RndM2: > 0, SmallestRndUnitM2: { } rnd })
        {
            Check(lines, "rnd-unit", "研发类用房最小单元面积", rnd, "m²", Effective(s.Planning.RndUnitMinM2, null, pack.RndUnitMinM2, "m²", label), null);
        }

        if (plan is { ProductionM2: > 0, SmallestProductionUnitM2: { } production })
        {
            Check(lines, "production-unit", "生产类用房最小单元面积", production, "m²",
                Effective(s.Planning.ProductionUnitMinM2, null, pack.ProductionUnitMinM2, "m²", label), null);
        }

        var stars = plan.Renovation ? s.Planning.GreenStarsRenovation : s.Planning.GreenStarsNewBuilding;
        if (stars is { } required)
        {
            var clause = pack.GreenBuilding is { } g ? $"{label}；{g.Clause}" : label;
            lines.Add(new(VerdictLine.Planning, "green-building", plan.Renovation ? "存量改造绿色建筑星级" : "新建楼宇绿色建筑星级",
                $"{plan.GreenBuildingStars} 星", $"≥ {required} 星", null,
                plan.GreenBuildingStars >= required ? LineOutcome.Pass : LineOutcome.Fail, clause)
            {
                CommittedValue = plan.GreenBuildingStars, CommittedUnit = "星", ThresholdValue = required, ThresholdUnit = "星",
            });
        }
    }

    /// <summary>The standard's own number where it sets one (already checked against the pack), else the pack's bound.</summary>
    private static Bound? Effective(decimal? min, decimal? max, Bound? pack, string unit, string label)
    {
        var lo = min ?? pack?.Min;
        var hi = max ?? pack?.Max;
        if (lo is null && hi is null)
        {
            return null;
        }

        var clause = (min is not null || max is not null) && pack is not null ? $"{label}；{pack.Clause}"
            : pack?.Clause ?? label;
        return new Bound(lo, min is not null || (pack?.MinInclusive ?? true), hi, max is not null || (pack?.MaxInclusive ?? true), unit, clause);
    }

    private static void Check(List<VerdictLine> lines, string code, string subject, decimal value, string unit, Bound? bound, string? conversion)
    {
        if (bound is null)
        {
            return;
        }

        lines.Add(new(VerdictLine.Planning, code, subject, $"{F(Math.Round(value, 4))} {unit}".TrimEnd(), bound.Describe(), conversion,
            bound.Admits(value) ? LineOutcome.Pass : LineOutcome.Fail, bound.Clause)
        {
            CommittedValue = value, CommittedUnit = unit, ThresholdValue = bound.Min ?? bound.Max, ThresholdUnit = unit,
        });
    }

    private static void Indicators(
        List<VerdictLine> lines, ExemptionRule? exemption, StandardTerms s, ApplicationContent a, IReadOnlyList<DistrictDecision> decisions)
    {
        foreach (var t in s.Indicators)
        {
            var definition = IndicatorDefinition.Find(t.Code)!;
            var c = a.Commitment(t.Code)!;
            var cu = definition.Unit(c.Unit)!;
            var tu = definition.Unit(t.Unit)!;
            var pass = cu.Convert(c.Value) >= tu.Convert(t.Value);
            var conversion = cu.ToBase == 1m && tu.ToBase == 1m && cu.Symbol == tu.Symbol
                ? null
                : $"承诺 {cu.Explain(c.Value)}；标准 {tu.Explain(t.Value)}";
            var outcome = pass ? LineOutcome.Pass : t.Group is null ? Waivable(exemption, t.Code, a, decisions) : LineOutcome.Fail;
            lines.Add(new(t.Group is null ? VerdictLine.Indicator : VerdictLine.Alternative, t.Code, definition.Name,
                $"{F(c.Value)} {cu.Symbol}", $"≥ {F(t.Value)} {tu.Symbol}", conversion, outcome, t.Clause, t.Group)
            {
                CommittedValue = c.Value, CommittedUnit = cu.Symbol, ThresholdValue = t.Value, ThresholdUnit = tu.Symbol,
            });
        }

        foreach (var group in s.Indicators.Where(t => t.Group is not null).GroupBy(t => t.Group!))
        {
            var alternatives = lines.Where(l => l.Kind == VerdictLine.Alternative && l.Group == group.Key).ToList();
            var passed = alternatives.FirstOrDefault(l => l.Outcome == LineOutcome.Pass);
            lines.Add(new(VerdictLine.AlternativeGroup, group.Key, $"{string.Join(" 或 ", alternatives.Select(l => l.Subject))}（满足其一）",
                passed?.Committed ?? string.Join("；", alternatives.Select(l => l.Committed)),
                string.Join(" 或 ", alternatives.Select(l => l.Threshold)),
                passed is null ? "二者均未达到" : $"{passed.Subject}达到",
                passed is not null ? LineOutcome.Pass : Waivable(exemption, group.Key, a, decisions),
                string.Join("；", group.Select(t => t.Clause).Distinct()), group.Key));
        }
    }

    /// <summary>A failed threshold the pack lets the district government waive for this kind of project.</summary>
    private static LineOutcome Waivable(ExemptionRule? exemption, string groupOrCode, ApplicationContent a, IReadOnlyList<DistrictDecision> decisions)
    {
        if (exemption is null || !exemption.Groups.Contains(groupOrCode) || a.ProjectKind is null || !exemption.ProjectKinds.Contains(a.ProjectKind))
        {
            return LineOutcome.Fail;
        }

        return decisions.Any(d => d.Kind == DistrictDecision.OutputExemption) ? LineOutcome.Waived : LineOutcome.NeedsDecision;
    }

    private static string F(decimal value) => MeasureUnit.Format(value);
}
