using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LandPlatform.Testing;
using LandPlatform.Testing.Admission;

namespace LandPlatform.EndToEnd.Tests.Lives;

/// <summary>
/// One parcel's life driven through the gateway as the bureaus' users drive it: admission's standard and review
/// (development, district), pricing's reserve price (planning), contracts' supply result, contract and milestones
/// (planning, district, the enterprise), monitoring's reports (the enterprise, statistics, tax) and assessment
/// (development). Each life belongs to its own enterprise (<see cref="RunningPlatform.Enterprises"/>) and parcel.
/// </summary>
public sealed class LandLife(RunningPlatform platform, string enterpriseUser, string uscc, LandTerms terms)
{
    public const string Binhai = "tianjin-binhai-m0-2023";

    /// <summary>The committed standard of every life: 15 mu (10,000 m²) at these intensities (万元/亩).</summary>
    public const decimal Mu = 15m;

    public static readonly TimeSpan Patience = TimeSpan.FromMinutes(3);

    public string EnterpriseUser { get; } = enterpriseUser;

    public string Uscc { get; } = uscc;

    public LandTerms Terms { get; } = terms;

    public string Parcel { get; } = $"津滨E2E{Guid.NewGuid().ToString("N")[..8]}";

    public Guid ApplicationId { get; private set; }

    public Guid ContractId { get; private set; }

    public static LandLife Of(RunningPlatform platform, int enterprise, LandTerms? terms = null)
    {
        var (user, uscc) = RunningPlatform.Enterprises[enterprise - 1];
        return new LandLife(platform, user, uscc, terms ?? LandTerms.BinhaiGrant);
    }

    /// <summary>Standard → application by the enterprise → material check → opinions → proposal → district approval.</summary>
    public async Task QualifyAsync(decimal selfHeldSharePercent = 80m)
    {
        using var clerk = await platform.ClientFor("development.clerk");
        using var reviewer = await platform.ClientFor("development.reviewer");
        using var leader = await platform.ClientFor("district.leader");
        using var enterprise = await platform.ClientFor(EnterpriseUser);
        var standard = (await Json(await PostAnsweredAsync(clerk, "/api/admission/standards", new
        {
            packId = Terms.PackId,
            parcelCode = Parcel,
            location = "滨海新区 高新区海洋片区",
            landAreaM2 = 10000m,
            landUse = Terms.LandUse,
            planning = Terms.Planning,
            industries = new[] { Terms.Industry },
            indicators = Terms.Indicators,
            termYears = Terms.TermYears,
            leaseYears = Terms.LeaseYears,
            supplyMode = Terms.SupplyMode,
            biddingMode = "挂牌出让",
        }), HttpStatusCode.Created)).GetProperty("id").GetGuid();
        await Json(await PostAnsweredAsync(leader, $"/api/admission/standards/{standard}/approval", new { opinion = "同意作为该地块投资建设标准" }));

        var applied = await Json(await PostAnsweredAsync(enterprise, $"/api/admission/standards/{standard}/applications", Application(selfHeldSharePercent)), HttpStatusCode.Created);
        ApplicationId = applied.GetProperty("id").GetGuid();
        await Json(await PostAnsweredAsync(clerk, $"/api/admission/applications/{ApplicationId}/material-check", new { note = "材料齐全" }));
        var people = new Dictionary<string, string> { ["park-committee"] = "王主任", ["planning"] = "赵科长", ["industry"] = "钱处长" };
        foreach (var (bureau, person) in Terms.JointReviewBureaus.Select(b => (b, people[b])))
        {
            await Json(await PostAnsweredAsync(clerk, $"/api/admission/applications/{ApplicationId}/opinions", new { bureau, person, agree = true, reasons = $"{person}：同意" }));
        }

        await Json(await PostAnsweredAsync(reviewer, $"/api/admission/applications/{ApplicationId}/proposal", new { proposal = "拟同意其参与地块竞买，报请区政府审定" }));
        var approved = await Json(await PostAnsweredAsync(leader, $"/api/admission/applications/{ApplicationId}/approval", new { approve = true, opinion = "同意参与地块竞买" }));
        Assert.Equal("Approved", approved.GetProperty("status").GetString());
    }

    /// <summary>Planning prices the parcel (seed 002 annex 3: 1176 万元) and fixes the quote as its reserve price.</summary>
    public async Task<decimal> ReservePriceAsync()
    {
        using var planning = await platform.ClientFor("planning.clerk");
        var quote = await Json(await PostAnsweredAsync(planning, "/api/pricing/quotes", new
        {
            policyPack = Binhai, valuationDate = "2024-05-01", landUse = "M0", landAreaM2 = 10000, floorAreaRatio = 2.0,
            industrialBenchmarkPricePerM2 = 560, landGrade = 5, selfHeldShare = 0.7, beijingRelocation = false, termYears = 40,
        }), HttpStatusCode.Created);
        var reserve = await Json(await PostAnsweredAsync(planning, $"/api/pricing/quotes/{quote.GetProperty("id").GetGuid()}/reserve-price",
            new { applicationId = ApplicationId, parcelCode = Parcel }), HttpStatusCode.Created);
        return reserve.GetProperty("totalReservePrice").GetDecimal();
    }

    /// <summary>
    /// The sale's result recorded by planning once the qualification and the reserve price have reached contracts,
    /// the supervision contract drafted by the district and signed by the enterprise, the land contract signed by
    /// planning, the deposit paid and the land delivered, all on <paramref name="day"/>.
    /// </summary>
    public async Task<JsonElement> DeliveredAsync(decimal price, DateOnly day)
    {
        using var planning = await platform.ClientFor("planning.clerk");
        using var district = await platform.ClientFor("district.clerk");
        using var enterprise = await platform.ClientFor(EnterpriseUser);
        JsonElement supply = default;
        await Eventually.HoldsAsync(async () =>
        {
            using var response = await planning.PostAsJsonAsync("/api/contracts/supplies", new
            {
                applicationId = ApplicationId, uscc = Uscc, parcelCode = Parcel, supplyMode = Terms.SupplyMode, transactionPrice = price,
                transactionDate = day, confirmationNumber = $"津滨成交〔{day.Year}〕{Parcel}号", termYears = Terms.TermYears, leaseYears = Terms.LeaseYears,
                administrativeArea = "天津市滨海新区", electronicSupervisionNumber = "1201162026B00001",
            });
            var body = await response.Content.ReadAsStringAsync();
            if (response.StatusCode == HttpStatusCode.Created)
            {
                supply = JsonDocument.Parse(body).RootElement.Clone();
                return true;
            }

            // The qualification (admission's ApplicationApproved) and the reserve price (pricing's ReservePriceSet) travel by the
            // broker; credit's Check may not answer within its deadline on a loaded machine (503, nothing stored): the clerk retries.
            if (IsUnanswered(response.StatusCode))
            {
                return false;
            }

            // Only the absence of either is waited out: a price below a reserve that has arrived is the life's own mistake
            // (the idle-parcel life once sold at 10,000,000 元 under the 11,760,000 reserve and waited three minutes).
            Assert.True(response.StatusCode == HttpStatusCode.Conflict
                && (body.Contains("WinnerMustHoldAnApprovedQualification", StringComparison.Ordinal) || body.Contains("has fixed no reserve price", StringComparison.Ordinal)),
                $"supply: {(int)response.StatusCode} {body}");
            return false;
        }, "the qualification and the reserve price reach contracts", Patience);

        var contract = await Json(await PostAnsweredAsync(district, $"/api/contracts/supplies/{supply.GetProperty("id").GetGuid()}/contract", new { }), HttpStatusCode.Created);
        ContractId = contract.GetProperty("id").GetGuid();
        await StepAsync("signature", day, enterprise);

        // The land contract (出让合同) follows the supervision contract (附件3 五（六）) and only planning signs it; its
        // signing publishes ContractSigned, on which monitoring opens the contract's file.
        using var planningLeader = await platform.ClientFor("planning.leader");
        await Json(await PostAnsweredAsync(planningLeader, $"/api/contracts/contracts/{ContractId}/land-contract",
            new { on = Day(day), number = $"津滨出让〔{day.Year}〕{Parcel}号" }));
        if (!Terms.IsLease)
        {
            // A lease-then-transfer pays no performance deposit: its bid deposit became the lease's rent (北京 三（三）).
            await StepAsync("deposit", day, district);
        }

        return await StepAsync("delivery", day, district);
    }

    /// <summary>A milestone recorded by the district clerk on <paramref name="day"/> (the clock must have reached it).</summary>
    public async Task<JsonElement> StepAsync(string step, DateOnly day, HttpClient? by = null)
    {
        using var district = by is null ? await platform.ClientFor("district.clerk") : null;
        return await Json(await PostAnsweredAsync(by ?? district!, $"/api/contracts/contracts/{ContractId}/{step}", new { on = Day(day) }));
    }

    public async Task<JsonElement> ContractAsync()
    {
        using var district = await platform.ClientFor("district.clerk");
        return await Json(await district.GetAsync($"/api/contracts/contracts/{ContractId}"));
    }

    /// <summary>Polls the contract until <paramref name="condition"/> holds (an event has travelled).</summary>
    public async Task<JsonElement> ContractUntilAsync(Func<JsonElement, bool> condition, string what)
    {
        JsonElement last = default;
        await Eventually.HoldsAsync(async () => condition(last = await ContractAsync()), what, Patience);
        return last;
    }

    /// <summary>The enterprise's annual report for <paramref name="year"/>, confirmed by statistics and tax (once monitoring has the file).</summary>
    public async Task<Guid> ConfirmedReportAsync(int year, object figures)
    {
        using var enterprise = await platform.ClientFor(EnterpriseUser);
        Guid id = default;
        await Eventually.HoldsAsync(async () =>
        {
            using var submitted = await enterprise.PostAsJsonAsync("/api/monitoring/reports", new { contractId = ContractId, period = year.ToString(CultureInfo.InvariantCulture), figures });
            var body = await submitted.Content.ReadAsStringAsync();
            if (submitted.StatusCode == HttpStatusCode.Created)
            {
                id = JsonDocument.Parse(body).RootElement.GetProperty("id").GetGuid();
                return true;
            }

            // ContractSigned reaches monitoring by the broker: until then it knows no such contract.
            Assert.True(IsUnanswered(submitted.StatusCode) || body.Contains("monitoring knows no contract", StringComparison.Ordinal), $"report: {(int)submitted.StatusCode} {body}");
            return false;
        }, "monitoring opens the contract's file", Patience);

        foreach (var clerk in new[] { "statistics.clerk", "tax.clerk" })
        {
            using var client = await platform.ClientFor(clerk);
            await Json(await PostAnsweredAsync(client, $"/api/monitoring/reports/{id}/confirmations", new { }));
        }

        return id;
    }

    /// <summary>
    /// The enterprise applies (once contracts' completion has opened the window), the platform's initial check and
    /// the bureaus' joint review; returns the assessment with the judged lines.
    /// </summary>
    public async Task<JsonElement> ThroughJointReviewAsync()
    {
        using var enterprise = await platform.ClientFor(EnterpriseUser);
        using var development = await platform.ClientFor("development.clerk");
        var applied = await Json(await PostAnsweredAsync(enterprise, "/api/monitoring/assessments", new { contractId = ContractId, opinion = "申请达标考核" }), HttpStatusCode.Created);
        var id = applied.GetProperty("id").GetGuid();
        await Json(await PostAnsweredAsync(development, $"/api/monitoring/assessments/{id}/initial-check", new { opinion = "达产材料初审通过" }));
        return await Json(await PostAnsweredAsync(development, $"/api/monitoring/assessments/{id}/joint-review", new { opinion = "部门联审意见" }));
    }

    /// <summary>政府复审 by the development bureau's leader under the district's decision document.</summary>
    public async Task<JsonElement> GovernmentReviewAsync(Guid assessment, DateOnly day, string number)
    {
        using var leader = await platform.ClientFor("development.leader");
        return await Json(await PostAnsweredAsync(leader, $"/api/monitoring/assessments/{assessment}/government-review",
            new { opinion = "区政府审定", document = new { type = "达标验收意见", number, date = Day(day) } }));
    }

    /// <summary>Credit's listings of this enterprise for <paramref name="reason"/>, once there is one (credit.clerk's view).</summary>
    public async Task<IReadOnlyList<JsonElement>> CreditNoticesAsync(string reason)
    {
        using var credit = await platform.ClientFor("credit.clerk");
        List<JsonElement> found = [];
        await Eventually.HoldsAsync(async () =>
        {
            using var response = await credit.GetAsync($"/api/credit/enterprises/{Uscc}");
            if (response.StatusCode != HttpStatusCode.OK)
            {
                return false;
            }

            var file = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
            found = [.. file.GetProperty("listings").EnumerateArray().Where(l => l.GetProperty("reason").GetString() == reason).Select(l => l.Clone())];
            return found.Count > 0;
        }, $"credit gives {Uscc} notice of {reason}", Patience);
        return found;
    }

    /// <summary>
    /// Figures for the year, as 万元 per mu of <paramref name="mu"/> (the 15 mu parcel unless a phase developed less; the
    /// report's figures are in 元), with the developed land the report states for a phased project.
    /// </summary>
    public static Dictionary<string, decimal> Figures(decimal investmentPerMu, decimal taxPerMu, decimal outputPerMu, decimal mu = Mu, decimal? developedLandM2 = null)
    {
        var figures = new Dictionary<string, decimal>
        {
            ["fixedAssetInvestment"] = investmentPerMu * mu * 10_000m,
            ["taxPaid"] = taxPerMu * mu * 10_000m,
            ["outputValue"] = outputPerMu * mu * 10_000m,
            ["revenue"] = outputPerMu * mu * 10_000m,
        };
        if (developedLandM2 is { } developed)
        {
            figures["developedLandArea"] = developed;
        }

        return figures;
    }

    /// <summary>
    /// A write retried while it went unanswered (502/503/504: the gateway or a service's downstream call ran out of
    /// time, and the platform stores nothing then), as a clerk would press the button again.
    /// </summary>
    public static async Task<HttpResponseMessage> PostAnsweredAsync(HttpClient client, string path, object body)
    {
        HttpResponseMessage? answered = null;
        await Eventually.HoldsAsync(async () =>
        {
            var response = await client.PostAsJsonAsync(path, body);
            if (IsUnanswered(response.StatusCode))
            {
                response.Dispose();
                return false;
            }

            answered = response;
            return true;
        }, $"POST {path} answered", Patience);
        return answered!;
    }

    private static bool IsUnanswered(HttpStatusCode status) => status is HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout;

    public static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static async Task<JsonElement> Json(HttpResponseMessage response, HttpStatusCode status = HttpStatusCode.OK)
    {
        using (response)
        {
            var body = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == status, $"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri}: {(int)response.StatusCode} {body}");
            return JsonDocument.Parse(body).RootElement.Clone();
        }
    }

    private object Application(decimal selfHeldSharePercent) =>
        BinhaiApplication.Body(Uscc, $"端到端示范企业{EnterpriseUser[^1..]}有限公司", Terms.Industry, selfHeldSharePercent);
}
