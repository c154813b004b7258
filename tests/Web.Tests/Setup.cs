using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LandPlatform.IntegrationContracts.Enterprises;

namespace LandPlatform.Web.Tests;

/// <summary>What a test needs in place before it clicks: set up through the gateway's APIs as the bureaus would.</summary>
public static class Setup
{
    public const string EnterpriseA = "91350100M000100Y43";

    /// <summary>A Binhai M0 parcel whose standard development.clerk drafted and district.leader approved.</summary>
    public static async Task<(Guid Id, string Parcel)> ApprovedStandardAsync(PortalPlatform platform)
    {
        using var clerk = await platform.ApiAs("development.clerk");
        using var leader = await platform.ApiAs("district.leader");
        var parcel = $"津滨工出{Random.Shared.Next(1000, 9999)}";
        var draft = await Json(await clerk.PostAsJsonAsync("/api/admission/standards", new
        {
            packId = "tianjin-binhai-m0-2023",
            parcelCode = parcel,
            location = "滨海新区 高新区海洋片区",
            landAreaM2 = 10000m,
            landUse = "M0",
            planning = new { parkIndustrialLandM2 = 1_000_000m, parkM0LandM2 = 100_000m },
            industries = new[] { "artificial-intelligence" },
            supplyMode = "Grant",
            biddingMode = "挂牌出让",
        }), HttpStatusCode.Created);
        var id = draft.GetProperty("id").GetGuid();
        await Json(await leader.PostAsJsonAsync($"/api/admission/standards/{id}/approval", new { opinion = "经集体研究，同意作为该地块投资建设标准" }));
        return (id, parcel);
    }

    /// <summary>An application a development clerk lodged for a new enterprise: submitted, meeting the standard.</summary>
    public static async Task<(Guid Id, string Enterprise)> SubmittedApplicationAsync(PortalPlatform platform, Guid standard)
    {
        using var clerk = await platform.ApiAs("development.clerk");
        var uscc = UnifiedSocialCreditCode.WithCheckDigit("911200007" + Random.Shared.Next(10_000_000, 99_999_999).ToString(CultureInfo.InvariantCulture)).Value;
        var name = $"滨海示范智能制造{Random.Shared.Next(100, 999)}有限公司";
        var applied = await Json(await clerk.PostAsJsonAsync($"/api/admission/standards/{standard}/applications", new
        {
            uscc,
            enterpriseName = name,
            sectorCode = "C39",
            industryCode = "artificial-intelligence",
            projectName = "智能传感器研发生产基地",
            totalInvestmentWanYuan = 60000m,
            fixedAssetInvestmentWanYuan = 45000m,
            plan = new
            {
                productionM2 = 10000m, rndM2 = 6000m, supportingM2 = 4000m, totalM2 = 20000m, smallestRndUnitM2 = 100m, smallestProductionUnitM2 = 300m,
                buildingDensityPercent = 35m, greenRatioPercent = 20m, renovation = false, greenBuildingStars = 2,
            },
            selfHeldSharePercent = 80m,
            commitments = new object[]
            {
                new { code = "fixed-asset-investment-intensity", value = 600m, unit = "万元/亩" },
                new { code = "tax-per-mu", value = 50m, unit = "万元/亩" },
                new { code = "output-per-mu", value = 900m, unit = "万元/亩" },
            },
            attachments = new[] { new { name = "可行性研究报告.pdf", sha256 = new string('c', 64) } },
        }), HttpStatusCode.Created);
        return (applied.GetProperty("id").GetGuid(), name);
    }

    private static async Task<JsonElement> Json(HttpResponseMessage response, HttpStatusCode status = HttpStatusCode.OK)
    {
        using (response)
        {
            var body = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == status, $"{response.RequestMessage?.RequestUri}: {(int)response.StatusCode} {body}");
            return JsonDocument.Parse(body).RootElement.Clone();
        }
    }
}
