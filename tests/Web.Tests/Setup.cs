using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LandPlatform.IntegrationContracts.Enterprises;
using LandPlatform.Testing;
using LandPlatform.Testing.Admission;

namespace LandPlatform.Web.Tests;

/// <summary>What a test needs in place before it clicks: set up through the gateway's APIs as the bureaus would.</summary>
public static class Setup
{
    public const string EnterpriseA = "91350100M000100Y43";

    /// <summary>A Binhai M0 parcel whose standard development.clerk drafted and district.leader approved.</summary>
    public static async Task<(Guid Id, string Parcel)> ApprovedStandardAsync(PortalPlatform platform)
    {
        var (id, parcel) = await DraftedStandardAsync(platform);
        using var leader = await platform.ApiAs("district.leader");
        await Json(await leader.PostAsJsonAsync($"/api/admission/standards/{id}/approval", new { opinion = "经集体研究，同意作为该地块投资建设标准" }));
        return (id, parcel);
    }

    /// <summary>A Binhai M0 parcel (10,000 m² in the 高新区 marine park) whose standard development.clerk drafted under the pack.</summary>
    public static async Task<(Guid Id, string Parcel)> DraftedStandardAsync(PortalPlatform platform)
    {
        using var clerk = await platform.ApiAs("development.clerk");
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
        return (draft.GetProperty("id").GetGuid(), parcel);
    }

    /// <summary>An application a development clerk lodged for a new enterprise: submitted, meeting the standard.</summary>
    public static async Task<(Guid Id, string Enterprise)> SubmittedApplicationAsync(PortalPlatform platform, Guid standard)
    {
        using var clerk = await platform.ApiAs("development.clerk");
        var uscc = UnifiedSocialCreditCode.WithCheckDigit("911200007" + Random.Shared.Next(10_000_000, 99_999_999).ToString(CultureInfo.InvariantCulture)).Value;
        var name = $"滨海示范智能制造{Random.Shared.Next(100, 999)}有限公司";
        var applied = await Json(await clerk.PostAsJsonAsync($"/api/admission/standards/{standard}/applications", Application(uscc, name)), HttpStatusCode.Created);
        return (applied.GetProperty("id").GetGuid(), name);
    }

    /// <summary>Beijing's calendar day, the one every bureau dates its steps by (no step may be dated after it).</summary>
    public static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));

    /// <summary>
    /// A grant to enterprise.a as the bureaus make it: its application approved (development, district), planning's
    /// reserve price, the sale's result with two instalments, the supervision contract drafted by the district and
    /// signed by the enterprise, the land contract signed by planning, the deposit paid and the land delivered today.
    /// </summary>
    public static async Task<(Guid Id, string Parcel)> DeliveredContractAsync(PortalPlatform platform)
    {
        var (standard, parcel) = await ApprovedStandardAsync(platform);
        using var clerk = await platform.ApiAs("development.clerk");
        using var reviewer = await platform.ApiAs("development.reviewer");
        using var leader = await platform.ApiAs("district.leader");
        using var enterprise = await platform.ApiAs("enterprise.a");
        using var district = await platform.ApiAs("district.clerk");

        var application = (await Json(await AnsweredAsync(enterprise, $"/api/admission/standards/{standard}/applications", Application(EnterpriseA, "闽侯示范智能制造有限公司")), HttpStatusCode.Created)).GetProperty("id").GetGuid();
        await Json(await AnsweredAsync(clerk, $"/api/admission/applications/{application}/material-check", new { note = "材料齐全" }));
        foreach (var (bureau, person) in new[] { ("park-committee", "王主任"), ("planning", "赵科长"), ("industry", "钱处长") })
        {
            await Json(await AnsweredAsync(clerk, $"/api/admission/applications/{application}/opinions", new { bureau, person, agree = true, reasons = $"{person}：同意" }));
        }

        await Json(await AnsweredAsync(reviewer, $"/api/admission/applications/{application}/proposal", new { proposal = "拟同意其参与地块竞买，报请区政府审定" }));
        await Json(await AnsweredAsync(leader, $"/api/admission/applications/{application}/approval", new { approve = true, opinion = "同意参与地块竞买" }));

        await ReservePriceAsync(platform, application, parcel);
        var day = Today;
        var supply = await SupplyAsync(platform, application, parcel, day, day);
        var contract = await DraftedContractAsync(platform, supply);
        var on = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        await Json(await AnsweredAsync(enterprise, $"/api/contracts/contracts/{contract}/signature", new { on }));
        await LandContractAsync(platform, contract, parcel, day);
        await Json(await AnsweredAsync(district, $"/api/contracts/contracts/{contract}/deposit", new { on }));
        await Json(await AnsweredAsync(district, $"/api/contracts/contracts/{contract}/delivery", new { on }));
        return (contract, parcel);
    }

    /// <summary>A quote planning.clerk computed under Binhai's pack for today (M0, 10,000 m², FAR 2.0, 70% self-held: 11,760,000 yuan).</summary>
    public static async Task<Guid> QuoteAsync(PortalPlatform platform)
    {
        using var planning = await platform.ApiAs("planning.clerk");
        var quote = await Json(await AnsweredAsync(planning, "/api/pricing/quotes", new
        {
            policyPack = "tianjin-binhai-m0-2023", landUse = "M0", landAreaM2 = 10000, floorAreaRatio = 2.0, industrialBenchmarkPricePerM2 = 560,
            landGrade = 5, selfHeldShare = 0.7, beijingRelocation = false, termYears = 40,
        }), HttpStatusCode.Created);
        return quote.GetProperty("id").GetGuid();
    }

    /// <summary>Planning's quote for the parcel (Binhai M0, 10,000 m², FAR 2.0) fixed as the application's reserve price.</summary>
    public static async Task ReservePriceAsync(PortalPlatform platform, Guid application, string parcel)
    {
        using var planning = await platform.ApiAs("planning.clerk");
        var quote = await Json(await AnsweredAsync(planning, "/api/pricing/quotes", new
        {
            policyPack = "tianjin-binhai-m0-2023", valuationDate = "2024-05-01", landUse = "M0", landAreaM2 = 10000, floorAreaRatio = 2.0,
            industrialBenchmarkPricePerM2 = 560, landGrade = 5, selfHeldShare = 0.7, beijingRelocation = false, termYears = 40,
        }), HttpStatusCode.Created);
        await Json(await AnsweredAsync(planning, $"/api/pricing/quotes/{quote.GetProperty("id").GetGuid()}/reserve-price", new { applicationId = application, parcelCode = parcel }), HttpStatusCode.Created);
    }

    /// <summary>
    /// The sale's result (成交确认书) enterprise.a won at 12,000,000 yuan on <paramref name="day"/>, paid in two halves:
    /// the first on <paramref name="firstDue"/> (30 days after the sale unless given), the second 150 days later
    /// (Binhai 第十条: all within a year of the sale).
    /// </summary>
    public static async Task<Guid> SupplyAsync(PortalPlatform platform, Guid application, string parcel, DateOnly day, DateOnly agreedDelivery, DateOnly? firstDue = null)
    {
        using var planning = await platform.ApiAs("planning.clerk");
        var due = firstDue ?? day.AddDays(30);
        JsonElement supply = default;
        // The qualification and the reserve price reach contracts by the broker: until then it refuses the result (409).
        await Eventually.HoldsAsync(async () =>
        {
            using var response = await planning.PostAsJsonAsync("/api/contracts/supplies", new
            {
                applicationId = application, uscc = EnterpriseA, parcelCode = parcel, supplyMode = "Grant", transactionPrice = 12_000_000m,
                transactionDate = day, confirmationNumber = $"津滨成交〔{day.Year}〕{parcel}号", termYears = 40,
                instalments = new[] { new { dueOn = due, amount = 6_000_000m }, new { dueOn = due.AddDays(150), amount = 6_000_000m } },
                // The national supply record's fields, which reporting sends up to the provincial platform.
                administrativeArea = "天津市滨海新区", electronicSupervisionNumber = "1201162026B00001", location = "滨海新区 高新区海洋片区",
                landSource = "新增建设用地", landGrade = 5, floorAreaRatioLower = 1.2m, floorAreaRatioUpper = 2.5m, agreedDeliveryDate = agreedDelivery,
                approvingAuthority = "天津市滨海新区人民政府",
            });
            if (response.StatusCode != HttpStatusCode.Created)
            {
                return false;
            }

            supply = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
            return true;
        }, "the qualification and the reserve price reach contracts", TimeSpan.FromMinutes(3));
        return supply.GetProperty("id").GetGuid();
    }

    /// <summary>The supervision contract the district drafts from the supply result.</summary>
    public static async Task<Guid> DraftedContractAsync(PortalPlatform platform, Guid supply)
    {
        using var district = await platform.ApiAs("district.clerk");
        return (await Json(await AnsweredAsync(district, $"/api/contracts/supplies/{supply}/contract", new { }), HttpStatusCode.Created)).GetProperty("id").GetGuid();
    }

    /// <summary>The land contract (出让合同) planning's leader signs after the supervision contract.</summary>
    public static async Task LandContractAsync(PortalPlatform platform, Guid contract, string parcel, DateOnly on)
    {
        using var planningLeader = await platform.ApiAs("planning.leader");
        await Json(await AnsweredAsync(planningLeader, $"/api/contracts/contracts/{contract}/land-contract",
            new { on = on.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), number = $"津滨出让〔{on.Year}〕{parcel}号" }));
    }

    /// <summary>Waits until monitoring has opened the contract's file (ContractSigned travels by the broker).</summary>
    public static async Task MonitoringFileAsync(PortalPlatform platform, Guid contract)
    {
        using var statistics = await platform.ApiAs("statistics.clerk");
        await Eventually.HoldsAsync(async () =>
        {
            using var response = await statistics.GetAsync($"/api/monitoring/contracts/{contract}");
            return response.StatusCode == HttpStatusCode.OK;
        }, "monitoring opens the contract's file", TimeSpan.FromMinutes(3));
    }

    /// <summary>Construction started, completed (which opens the assessment window) and in production, all today.</summary>
    public static async Task InProductionAsync(PortalPlatform platform, Guid contract)
    {
        using var district = await platform.ApiAs("district.clerk");
        var on = Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        foreach (var step in new[] { "construction-start", "completion", "production" })
        {
            await Json(await AnsweredAsync(district, $"/api/contracts/contracts/{contract}/{step}", new { on }));
        }
    }

    /// <summary>Enterprise.a's annual report for <paramref name="year"/>, confirmed by statistics and tax (figures in 元).</summary>
    public static async Task ConfirmedAnnualReportAsync(PortalPlatform platform, Guid contract, int year, object figures)
    {
        await MonitoringFileAsync(platform, contract);
        using var enterprise = await platform.ApiAs("enterprise.a");
        var report = (await Json(await AnsweredAsync(enterprise, "/api/monitoring/reports",
            new { contractId = contract, period = year.ToString(CultureInfo.InvariantCulture), figures }), HttpStatusCode.Created)).GetProperty("id").GetGuid();
        foreach (var clerk in new[] { "statistics.clerk", "tax.clerk" })
        {
            using var client = await platform.ApiAs(clerk);
            await Json(await AnsweredAsync(client, $"/api/monitoring/reports/{report}/confirmations", new { }));
        }
    }

    /// <summary>A write pressed again while it went unanswered (502/503/504: nothing was stored), as a clerk would.</summary>
    private static async Task<HttpResponseMessage> AnsweredAsync(HttpClient client, string path, object body)
    {
        HttpResponseMessage? answered = null;
        await Eventually.HoldsAsync(async () =>
        {
            var response = await client.PostAsJsonAsync(path, body);
            if (response.StatusCode is HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout)
            {
                response.Dispose();
                return false;
            }

            answered = response;
            return true;
        }, $"POST {path} answered", TimeSpan.FromMinutes(3));
        return answered!;
    }

    /// <summary>An application meeting the Binhai M0 standard of <see cref="ApprovedStandardAsync"/>.</summary>
    private static object Application(string uscc, string name) => BinhaiApplication.Body(uscc, name);

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
