using System.Net.Http.Json;
using System.Text.Json;
using LandPlatform.Testing;
using static LandPlatform.EndToEnd.Tests.Lives.LandLife;

namespace LandPlatform.EndToEnd.Tests.Lives;

/// <summary>
/// The "done when" of issues 11 and 12 through the gateway, real RabbitMQ and the real AppHost, on the platform's
/// controllable clock: whole lives of Binhai M0 parcels from admission to the deposit's refund, a late start's
/// penalty, a failure that ends in termination and credit's notice, idle land at one and two years, the annual
/// re-check, and Binhai's self-use and market projects judged on different indicators. Each test is one enterprise's
/// parcel and starts on the platform's current day; the clock only moves forward, so tests never share a date.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class WholeLivesThroughTheGatewayTests(RunningPlatform platform)
{
    private static readonly TimeSpan LongPatience = TimeSpan.FromMinutes(8);

    [Fact]
    public async Task AGrantWhoseAssessmentPassesGetsItsDepositBack()
    {
        var life = Of(platform, 1);
        var day0 = await platform.TodayAsync();
        await life.QualifyAsync();
        Assert.Equal(11_760_000m, await life.ReservePriceAsync());
        var delivered = await life.DeliveredAsync(12_000_000m, day0);
        Assert.Equal(3_600_000m, delivered.GetProperty("depositAmount").GetDecimal());

        var passed = await PassAsync(life, day0);

        Assert.Equal("self-use", passed.GetProperty("result").GetProperty("projectType").GetString());
        var refunded = await life.ContractUntilAsync(c => c.GetProperty("depositStatus").GetString() == "Refunded", "contracts refunds the deposit on AssessmentPassed");
        Assert.Equal("Passed", refunded.GetProperty("state").GetString());
        Assert.Contains(refunded.GetProperty("steps").EnumerateArray(), s => s.GetProperty("actorId").GetString() == "service:monitoring");
    }

    [Fact]
    public async Task AStartThirtySevenDaysLateIsPenalisedToTheYuanAndAFailureAfterRectificationEndsInTerminationAndCreditsNotice()
    {
        var life = Of(platform, 2);
        var day0 = await platform.TodayAsync();
        await life.QualifyAsync();
        await life.ReservePriceAsync();
        var due = (await life.DeliveredAsync(12_345_678m, day0)).GetProperty("agreedStartBy").GetString() is { } s ? DateOnly.Parse(s, System.Globalization.CultureInfo.InvariantCulture) : default;

        // 37 days late at 1‰ a day of 12,345,678 元: 456,790.086 元 (contracts' daily job, recorded in its audit trail).
        await platform.MoveClockToAsync(due.AddDays(37));
        using var auditor = await platform.ClientFor("auditor");
        await Eventually.HoldsAsync(async () =>
        {
            var records = await auditor.GetFromJsonAsync<JsonElement>($"/api/contracts/audit/records?operation=contracts.daily.findings&resourceId={life.ContractId}&pageSize=100");
            return records.GetProperty("items").EnumerateArray().Any(r => r.GetProperty("afterSummary").GetString()!.Contains("Start penalty 37 day(s) = 456790.086 yuan", StringComparison.Ordinal));
        }, "the penalty of the 37th day", LongPatience);
        var started = await life.StepAsync("construction-start", due.AddDays(37));
        Assert.Equal(due.AddDays(37).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), started.GetProperty("startedOn").GetString());

        var completedOn = due.AddDays(37 + 300);
        await platform.MoveClockToAsync(completedOn);
        await life.StepAsync("completion", completedOn);
        await life.StepAsync("production", completedOn);
        await life.ConfirmedReportAsync(completedOn.Year - 1, Figures(investmentPerMu: 700m, taxPerMu: 10m, outputPerMu: 1000m));

        var first = await life.ThroughJointReviewAsync();
        Assert.False(first.GetProperty("passed").GetBoolean());
        var failed = await life.GovernmentReviewAsync(first.GetProperty("id").GetGuid(), completedOn, "滨政复〔E2E〕21号");
        Assert.Equal(("Failed", false), (failed.GetProperty("outcome").GetString(), failed.GetProperty("final").GetBoolean()));
        await life.ContractUntilAsync(c => c.GetProperty("depositStatus").GetString() == "Forfeited", "contracts forfeits the deposit on AssessmentFailed");

        // The rectification assessment on the same confirmed figures fails again: final.
        var second = await life.ThroughJointReviewAsync();
        Assert.Equal("Rectification", second.GetProperty("kind").GetString());
        var final = await life.GovernmentReviewAsync(second.GetProperty("id").GetGuid(), completedOn, "滨政复〔E2E〕22号");
        Assert.True(final.GetProperty("final").GetBoolean());

        var terminated = await life.ContractUntilAsync(c => c.GetProperty("state").GetString() == "Terminated", "contracts terminates on the final AssessmentFailed");
        Assert.Equal("FailedAssessment", terminated.GetProperty("terminationCause").GetString());
        var notices = await life.CreditNoticesAsync("FailedAssessmentAfterRectification");
        Assert.Contains(notices, n => n.GetProperty("document").GetProperty("number").GetString() == "滨政复〔E2E〕22号");
    }

    [Fact]
    public async Task AnIdleParcelIsOnMonitoringsLedgerAfterOneYearAndCreditGivesNoticeAfterTwo()
    {
        var life = Of(platform, 3);
        var day0 = await platform.TodayAsync();
        await life.QualifyAsync();
        await life.ReservePriceAsync();
        var due = DateOnly.Parse((await life.DeliveredAsync(10_000_000m, day0)).GetProperty("agreedStartBy").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        using var development = await platform.ClientFor("development.clerk");

        await platform.MoveClockToAsync(due.AddYears(1));
        var idle = await LedgerUntilAsync(development, life.Parcel, e => e.GetProperty("yearsIdle").ValueKind == JsonValueKind.Number && e.GetProperty("yearsIdle").GetInt32() == 1);
        Assert.Equal("Idle", idle.GetProperty("category").GetString());
        Assert.Contains("20%", idle.GetProperty("idleConsequence").GetString(), StringComparison.Ordinal);

        await platform.MoveClockToAsync(due.AddYears(2));
        var twoYears = await LedgerUntilAsync(development, life.Parcel, e => e.GetProperty("yearsIdle").GetInt32() == 2);
        Assert.Contains("收回", twoYears.GetProperty("idleConsequence").GetString(), StringComparison.Ordinal);
        await life.CreditNoticesAsync("IdleLand");
    }

    [Fact]
    public async Task AnAnnualReCheckBelowTheStandardOpensCreditsNotice()
    {
        var life = Of(platform, 4);
        var day0 = await platform.TodayAsync();
        await life.QualifyAsync();
        await life.ReservePriceAsync();
        await life.DeliveredAsync(12_000_000m, day0);
        var passed = await PassAsync(life, day0);
        var passedOn = DateOnly.Parse(passed.GetProperty("decidedOn").GetString()!, System.Globalization.CultureInfo.InvariantCulture);

        // The year after the pass ends with tax at 30 万元/亩 against 50 committed; the re-check runs once that year is over.
        await life.ConfirmedReportAsync(passedOn.Year + 1, Figures(investmentPerMu: 700m, taxPerMu: 30m, outputPerMu: 1000m));
        await platform.MoveClockToAsync(new DateOnly(passedOn.Year + 2, 1, 20));

        var notices = await life.CreditNoticesAsync("FailedAnnualRecheck");
        Assert.Contains(notices, n => n.GetProperty("document").GetProperty("type").GetString() == "年度动态核查结果");
        using var development = await platform.ClientFor("development.clerk");
        var check = Assert.Single((await development.GetFromJsonAsync<JsonElement>($"/api/monitoring/annual-checks?contractId={life.ContractId}")).EnumerateArray());
        Assert.Contains("tax-per-mu: 30 < 50 万元/亩", check.GetProperty("reason").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ABinhaiSelfUseProjectFailsOnInvestmentWhereAMarketProjectWithTheSameFiguresPasses()
    {
        var selfUse = Of(platform, 5);
        var market = Of(platform, 6);
        var day0 = await platform.TodayAsync();
        await selfUse.QualifyAsync(selfHeldSharePercent: 80m);
        await market.QualifyAsync(selfHeldSharePercent: 60m);
        foreach (var life in new[] { selfUse, market })
        {
            await life.ReservePriceAsync();
            await life.DeliveredAsync(12_000_000m, day0);
        }

        var completedOn = await BuildAsync([selfUse, market], day0);
        var results = new List<JsonElement>();
        foreach (var life in new[] { selfUse, market })
        {
            // Investment 500 万元/亩 against 600 committed; tax and output above their commitments.
            await life.ConfirmedReportAsync(completedOn.Year - 1, Figures(investmentPerMu: 500m, taxPerMu: 60m, outputPerMu: 1000m));
            results.Add(await life.ThroughJointReviewAsync());
        }

        Assert.Equal("self-use", results[0].GetProperty("result").GetProperty("projectType").GetString());
        Assert.Equal("Failed", Line(results[0], "fixed-asset-investment-intensity").GetProperty("outcome").GetString());
        Assert.False(results[0].GetProperty("passed").GetBoolean());
        Assert.Equal("market", results[1].GetProperty("result").GetProperty("projectType").GetString());
        Assert.Equal("NotJudged", Line(results[1], "fixed-asset-investment-intensity").GetProperty("outcome").GetString());
        Assert.True(results[1].GetProperty("passed").GetBoolean());
    }

    /// <summary>Start 60 days after delivery, completion and production 400 days after it (clock moved), then a passing assessment.</summary>
    private async Task<JsonElement> PassAsync(LandLife life, DateOnly day0)
    {
        var completedOn = await BuildAsync([life], day0);
        await life.ConfirmedReportAsync(completedOn.Year - 1, Figures(investmentPerMu: 700m, taxPerMu: 60m, outputPerMu: 1000m));
        var reviewed = await life.ThroughJointReviewAsync();
        Assert.True(reviewed.GetProperty("passed").GetBoolean(), reviewed.ToString());
        var decided = await life.GovernmentReviewAsync(reviewed.GetProperty("id").GetGuid(), completedOn, $"滨政复〔E2E〕{life.EnterpriseUser[^1..]}号");
        Assert.Equal("Passed", decided.GetProperty("outcome").GetString());
        return decided;
    }

    private async Task<DateOnly> BuildAsync(IReadOnlyList<LandLife> lives, DateOnly day0)
    {
        await platform.MoveClockToAsync(day0.AddDays(60));
        foreach (var life in lives)
        {
            await life.StepAsync("construction-start", day0.AddDays(60));
        }

        var completedOn = day0.AddDays(400);
        await platform.MoveClockToAsync(completedOn);
        foreach (var life in lives)
        {
            await life.StepAsync("completion", completedOn);
            await life.StepAsync("production", completedOn);
        }

        return completedOn;
    }

    private static async Task<JsonElement> LedgerUntilAsync(HttpClient development, string parcel, Func<JsonElement, bool> condition)
    {
        JsonElement last = default;
        await Eventually.HoldsAsync(async () =>
        {
            using var response = await development.GetAsync($"/api/monitoring/ledger/{Uri.EscapeDataString(parcel)}");
            return response.StatusCode == System.Net.HttpStatusCode.OK && condition(last = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone());
        }, $"monitoring's ledger row of {parcel}", LongPatience);
        return last;
    }

    private static JsonElement Line(JsonElement assessment, string indicator) =>
        assessment.GetProperty("result").GetProperty("lines").EnumerateArray().Single(l => l.GetProperty("indicator").GetString() == indicator);
}
