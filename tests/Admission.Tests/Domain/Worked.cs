using LandPlatform.Admission.Domain.Evaluation;
using LandPlatform.Admission.Domain.Packs;
using LandPlatform.Admission.Domain.Standards;
using LandPlatform.Admission.Policies;
using LandPlatform.IntegrationContracts.Events;
using LandPlatform.IntegrationContracts.Indicators;

namespace LandPlatform.Admission.Tests.Domain;

/// <summary>Worked standards and applications for each pack, as a clerk and an enterprise would fill them in.</summary>
internal static class Worked
{
    public static readonly AdmissionPackCatalog Packs = AdmissionPackCatalog.LoadEmbedded();

    public static AdmissionPack Pack(string id) => Packs.Find(id) ?? throw new InvalidOperationException(id);

    public static AdmissionPack Binhai => Pack("tianjin-binhai-m0-2023");

    public static AdmissionPack Shijingshan => Pack("beijing-shijingshan-2019");

    public static AdmissionPack Xihu => Pack("hangzhou-xihu-2020");

    public static AdmissionPack LeaseThenTransfer => Pack("beijing-lease-then-transfer-2024");

    public static AdmissionPack Shilong => Pack("pingdingshan-shilong-2021");

    /// <summary>A standard drafted from the pack's defaults, with what the clerk adds.</summary>
    public static StandardTerms Standard(
        AdmissionPack pack, string landUse, string supplyMode, PlanningConditions? planning = null,
        IReadOnlyList<string>? industries = null, IReadOnlyList<IndicatorThreshold>? indicators = null,
        int? termYears = null, string biddingMode = "挂牌出让", int? leaseYears = null, decimal landAreaM2 = 10000m) => new(
        pack.Id, "P-2026-01", "示范园区 1 号地块", landAreaM2, landUse,
        StandardDefaults.Planning(pack.Rules.Planning, planning ?? new PlanningConditions()),
        industries ?? [], StandardDefaults.Indicators(pack.Rules, indicators),
        termYears ?? StandardDefaults.TermYears(pack.Rules, supplyMode)!.Value, supplyMode, biddingMode, leaseYears);

    public static StandardTerms BinhaiStandard(PlanningConditions? planning = null) => Standard(
        Binhai, "M0", SupplyModes.Grant, planning ?? new PlanningConditions(ParkIndustrialLandM2: 1_000_000m, ParkM0LandM2: 100_000m));

    public static StandardTerms ShijingshanStandard() => Standard(Shijingshan, "M1", SupplyModes.Grant);

    public static StandardTerms XihuStandard() => Standard(Xihu, "创新型产业用地", SupplyModes.Grant,
        industries: ["rnd", "testing"],
        indicators: [new IndicatorThreshold(IndicatorCodes.TotalInvestment, 50_000m, "万元", "附件1 项目总投资(万元)")],
        termYears: 30, biddingMode: "限地价，竞亩均税收");

    public static StandardTerms LeaseThenTransferStandard() => Standard(LeaseThenTransfer, "M1", SupplyModes.LeaseThenTransfer,
        industries: ["智能制造"],
        indicators:
        [
            new(IndicatorCodes.FixedAssetInvestmentIntensity, 600m, "万元/亩", "三（二） 投资强度"),
            new(IndicatorCodes.OutputPerMu, 1000m, "万元/亩", "三（二） 产出效率（含地均产出）"),
            new(IndicatorCodes.TaxPerMu, 60m, "万元/亩", "三（二） 税收"),
        ],
        termYears: 20, leaseYears: 5);

    public static StandardTerms ShilongStandard() => Standard(Shilong, "M1", SupplyModes.Grant,
        industries: ["装备制造"],
        indicators: [new(IndicatorCodes.FixedAssetInvestmentIntensity, 200m, "万元/亩", "二（四） 亩均投资强度")]);

    /// <summary>A plan on a 10,000 m² parcel: FAR 2.0, 30% density, 20% green, supporting 20%, units at the Binhai minima.</summary>
    public static BuildingPlan Plan(
        decimal production = 10_000m, decimal rnd = 6_000m, decimal supporting = 4_000m, decimal? total = null,
        decimal? smallestRnd = 100m, decimal? smallestProduction = 300m, decimal density = 30m, decimal green = 20m,
        bool renovation = false, int stars = 3) =>
        new(production, rnd, supporting, total ?? production + rnd + supporting, smallestRnd, smallestProduction, density, green, renovation, stars);

    public static ApplicationContent Application(
        string industry, BuildingPlan? plan = null, IReadOnlyList<Commitment>? commitments = null, string sector = "C39",
        string? projectKind = null) => new(
        "91350100M000100Y43", "闽侯示范智能制造有限公司", sector, industry, "智能传感器研发生产基地",
        60_000m, 45_000m, plan ?? Plan(), 80m, commitments ?? [], [new Attachment("可行性研究报告.pdf", new string('a', 64))], projectKind);

    public static Commitment C(string code, decimal value, string unit) => new(code, value, unit);
}
