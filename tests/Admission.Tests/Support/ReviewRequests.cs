using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LandPlatform.Testing;

namespace LandPlatform.Admission.Tests.Support;

/// <summary>Requests a clerk, an enterprise and a leader send through the review, as JSON the API receives.</summary>
public static class ReviewRequests
{
    /// <summary>A Binhai M0 parcel drafted from the pack's defaults (park figures keep it under the 15% cap).</summary>
    public static object BinhaiStandard(string parcel = "津滨工出2026-01", decimal? farMax = null) => new
    {
        packId = "tianjin-binhai-m0-2023",
        parcelCode = parcel,
        location = "滨海新区 高新区海洋片区",
        landAreaM2 = 10000m,
        landUse = "M0",
        planning = new { farMax, parkIndustrialLandM2 = 1_000_000m, parkM0LandM2 = 100_000m },
        industries = new[] { "artificial-intelligence", "new-generation-it" },
        supplyMode = "Grant",
        biddingMode = "挂牌出让",
    };

    /// <summary>An application that meets the Binhai defaults, the intensity written in 元/m² (= 573 万元/亩 × 15 + 15).</summary>
    public static object BinhaiApplication(string uscc, string sector = "C39", decimal totalM2 = 20000m, decimal intensityYuanPerM2 = 8_610m) => new
    {
        uscc,
        enterpriseName = "闽侯示范智能制造有限公司",
        sectorCode = sector,
        industryCode = "artificial-intelligence",
        projectName = "智能传感器研发生产基地",
        totalInvestmentWanYuan = 60000m,
        fixedAssetInvestmentWanYuan = 45000m,
        plan = new
        {
            productionM2 = 10000m, rndM2 = 6000m, supportingM2 = 4000m, totalM2, smallestRndUnitM2 = 100m, smallestProductionUnitM2 = 300m,
            buildingDensityPercent = 35m, greenRatioPercent = 20m, renovation = false, greenBuildingStars = 2,
        },
        selfHeldSharePercent = 80m,
        commitments = new object[]
        {
            new { code = "fixed-asset-investment-intensity", value = intensityYuanPerM2, unit = "元/m²" },
            new { code = "tax-per-mu", value = 50m, unit = "万元/亩" },
            new { code = "output-per-mu", value = 900m, unit = "万元/亩" },
        },
        attachments = new[] { new { name = "可行性研究报告.pdf", sha256 = new string('b', 64) } },
    };

    public static readonly string[] BinhaiBureaus = ["park-committee", "planning", "industry"];

    public static async Task<JsonElement> Ok(HttpResponseMessage response, HttpStatusCode status = HttpStatusCode.OK)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"{(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement;
    }

    public static Task<JsonElement> Problem(HttpResponseMessage response, HttpStatusCode status) => ProblemAssert.IsProblem(response, status);

    public static Task<HttpResponseMessage> Post(this HttpClient client, string path, object body) => client.PostAsJsonAsync(path, body);
}
