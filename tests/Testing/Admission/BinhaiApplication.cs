namespace LandPlatform.Testing.Admission;

/// <summary>
/// An admission application that meets the Binhai M0 standard the platform tests approve (investment 600, tax 50 and
/// output 900 万元/亩, a plan within the standard's areas), as the portal, the gateway tests and the whole lives send it.
/// </summary>
public static class BinhaiApplication
{
    public static object Body(string uscc, string enterpriseName, string industryCode = "artificial-intelligence", decimal selfHeldSharePercent = 80m) => new
    {
        uscc,
        enterpriseName,
        sectorCode = "C39",
        industryCode,
        projectName = "智能传感器研发生产基地",
        totalInvestmentWanYuan = 60000m,
        fixedAssetInvestmentWanYuan = 45000m,
        plan = new
        {
            productionM2 = 10000m, rndM2 = 6000m, supportingM2 = 4000m, totalM2 = 20000m, smallestRndUnitM2 = 100m, smallestProductionUnitM2 = 300m,
            buildingDensityPercent = 35m, greenRatioPercent = 20m, renovation = false, greenBuildingStars = 2,
        },
        selfHeldSharePercent,
        commitments = new object[]
        {
            new { code = "fixed-asset-investment-intensity", value = 600m, unit = "万元/亩" },
            new { code = "tax-per-mu", value = 50m, unit = "万元/亩" },
            new { code = "output-per-mu", value = 900m, unit = "万元/亩" },
        },
        attachments = new[] { new { name = "可行性研究报告.pdf", sha256 = new string('c', 64) } },
    };
}
