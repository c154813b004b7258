using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LandPlatform.IntegrationContracts.Events;
using LandPlatform.Monitoring.Tests.Support;
using LandPlatform.Testing;
using LandPlatform.Testing.Documents;
using LandPlatform.Testing.Identity;

namespace LandPlatform.Monitoring.Tests;

/// <summary>
/// 达标考核 over REST with the commitments from a real gRPC server and the decision on real RabbitMQ: the step order,
/// Binhai's self-use and market projects on their different indicators, the fiscal make-up, the developed area of a
/// phased project, and a failure that becomes final after rectification.
/// </summary>
[Collection(MonitoringCollection.Name)]
public sealed class AssessmentApiTests(RabbitMqNode bus, IssuerFixture issuer) : IAsyncLifetime
{
    private const string Binhai = "tianjin-binhai-m0-2023";
    private const decimal TwentyMuM2 = 20m * 10000m / 15m;
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
    private MonitoringUnderTest _m = null!;

    public async Task InitializeAsync() => _m = await MonitoringUnderTest.StartAsync(bus, issuer);

    public async Task DisposeAsync() => await _m.DisposeAsync();

    [Fact]
    public async Task ABinhaiSelfUseProjectFailsOnRndWhereAMarketProjectWithTheSameFiguresPassesOnQualityEnterprises()
    {
        (string, decimal, string)[] committed = [("tax-per-mu", 50m, "万元/亩"), ("output-per-mu", 800m, "万元/亩"), ("rnd-staff-ratio", 30m, "%"), ("quality-enterprises-attracted", 3m, "家")];
        var figures = new { taxPaid = 20m * 55m * 10_000m, outputValue = 20m * 900m * 10_000m, rndStaff = 10m, allStaff = 100m, qualityEnterprisesAttracted = 4m };
        var selfUse = await _m.ContractAsync(MonitoringUnderTest.Commitments(80m, Today.AddDays(-30), Today.AddYears(2), committed), Binhai, TwentyMuM2);
        var market = await _m.ContractAsync(MonitoringUnderTest.Commitments(60m, Today.AddDays(-30), Today.AddYears(2), committed), Binhai, TwentyMuM2);
        await _m.ConfirmedReportAsync(selfUse, Today.Year - 1, figures);
        await _m.ConfirmedReportAsync(market, Today.Year - 1, figures);

        var selfUseResult = await _m.DecideAsync(await _m.ThroughJointReviewAsync(selfUse));
        var marketResult = await _m.DecideAsync(await _m.ThroughJointReviewAsync(market));

        Assert.Equal("self-use", selfUseResult.GetProperty("result").GetProperty("projectType").GetString());
        Assert.Equal("Failed", Line(selfUseResult, "rnd-staff-ratio").GetProperty("outcome").GetString());
        Assert.Equal("NotJudged", Line(selfUseResult, "quality-enterprises-attracted").GetProperty("outcome").GetString());
        Assert.Equal("Failed", selfUseResult.GetProperty("outcome").GetString());
        Assert.False(selfUseResult.GetProperty("final").GetBoolean());
        Assert.Equal("market", marketResult.GetProperty("result").GetProperty("projectType").GetString());
        Assert.Equal("NotJudged", Line(marketResult, "rnd-staff-ratio").GetProperty("outcome").GetString());
        Assert.Equal("Passed", Line(marketResult, "quality-enterprises-attracted").GetProperty("outcome").GetString());
        Assert.Equal("Passed", marketResult.GetProperty("outcome").GetString());

        var tax = Line(selfUseResult, "tax-per-mu");
        Assert.Equal(50m, tax.GetProperty("committed").GetDecimal());
        Assert.Equal("万元/亩", tax.GetProperty("unit").GetString());
        Assert.Contains("1 亩 = 10000/15 m²", tax.GetProperty("workings").GetString(), StringComparison.Ordinal);
        Assert.Contains("第十三条（一）", tax.GetProperty("clause").GetString(), StringComparison.Ordinal);

        var failed = await _m.Bus.NextAsync<AssessmentFailed>(e => e.ContractId == selfUse);
        Assert.False(failed.Message.FinalAfterRectification);
        Assert.Equal("滨政复〔2026〕8号", failed.Message.DocumentNumber);
        Assert.Equal("闽侯示范智能制造有限公司", failed.Message.EnterpriseName);
        Assert.Contains("rnd-staff-ratio", failed.Message.Reason, StringComparison.Ordinal);
        var passed = await _m.Bus.NextAsync<AssessmentPassed>(e => e.ContractId == market);
        // Each names its parcel (from contracts' commitments), so the province orders it with the parcel's other records.
        Assert.Equal(_m.Contracts.Commitments[selfUse.ToString()].ParcelCode, failed.Message.ParcelCode);
        Assert.Equal(_m.Contracts.Commitments[market.ToString()].ParcelCode, passed.Message.ParcelCode);
        // Monitoring called contracts as itself (client credentials), not anonymously.
        Assert.All(_m.Contracts.CallerTokens, t => Assert.StartsWith("Bearer ", t, StringComparison.Ordinal));
    }

    [Fact]
    public async Task AFiscalShortfallPaidUpTurnsTheFailIntoAPass()
    {
        var contract = await _m.ContractAsync(MonitoringUnderTest.Commitments(80m, Today.AddDays(-30), Today.AddYears(2), ("tax-per-mu", 50m, "万元/亩")), Binhai, TwentyMuM2);
        await _m.ConfirmedReportAsync(contract, Today.Year - 1, new { taxPaid = 20m * 45m * 10_000m });
        var id = await _m.ThroughJointReviewAsync(contract);
        using var clerk = await _m.As("development.clerk");
        var reviewed = await clerk.GetFromJsonAsync<JsonElement>($"/assessments/{id}");
        Assert.False(reviewed.GetProperty("passed").GetBoolean());
        Assert.Equal(1_000_000m, decimal.Round(reviewed.GetProperty("makeUpDue").GetDecimal(), 2));
        Assert.Equal(["FiscalMakeUp", "GovernmentReview"], reviewed.GetProperty("allowedSteps").EnumerateArray().Select(s => s.GetString()));

        using var partial = await clerk.PostAsJsonAsync($"/assessments/{id}/fiscal-make-up", new { amountYuan = 500_000m, paidOn = Today, receipt = "缴款书 001" });
        await ProblemAssert.IsProblem(partial, HttpStatusCode.Conflict);
        using var paid = await clerk.PostAsJsonAsync($"/assessments/{id}/fiscal-make-up", new { amountYuan = 1_000_000m, paidOn = Today, receipt = "缴款书 002" });
        Assert.Equal(HttpStatusCode.OK, paid.StatusCode);
        var decided = await _m.DecideAsync(id);

        Assert.Equal("Passed", decided.GetProperty("outcome").GetString());
        Assert.Equal("PassedByMakeUp", Line(decided, "tax-per-mu").GetProperty("outcome").GetString());
        Assert.Equal(1_000_000m, decided.GetProperty("makeUp").GetProperty("amountYuan").GetDecimal());
        await _m.Bus.NextAsync<AssessmentPassed>(e => e.ContractId == contract);

        // The assessment report prints the stored result: every line with its conversion and clause.
        var html = await clerk.GetStringAsync($"/assessments/{id}/report");
        Assert.Contains("补足后视为达标", html, StringComparison.Ordinal);
        Assert.Contains("1 亩 = 10000/15 m²", html, StringComparison.Ordinal);
        Assert.Contains("滨政复〔2026〕8号", html, StringComparison.Ordinal);
        var pdf = await clerk.GetByteArrayAsync($"/assessments/{id}/report?format=pdf");
        var text = PdfText.Read(pdf);
        Assert.Contains("达标考核报告", text, StringComparison.Ordinal);
        Assert.Contains("考核通过", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task APhasedBinhaiProjectIsJudgedOnItsDevelopedArea()
    {
        var commitments = MonitoringUnderTest.Commitments(80m, Today.AddDays(-30), Today.AddYears(2), ("tax-per-mu", 10m, "万元/亩"));
        commitments.DevelopedLandAreaM2 = (TwentyMuM2 / 2).ToString(CultureInfo.InvariantCulture);
        var contract = await _m.ContractAsync(commitments, Binhai, TwentyMuM2);
        // 150 万元: 15 万元/亩 on the 10 亩 developed, only 7.5 on the whole 20.
        await _m.ConfirmedReportAsync(contract, Today.Year - 1, new { taxPaid = 1_500_000m });

        var decided = await _m.DecideAsync(await _m.ThroughJointReviewAsync(contract));

        Assert.Equal("Passed", decided.GetProperty("outcome").GetString());
        Assert.Equal(15m, decimal.Round(Line(decided, "tax-per-mu").GetProperty("actual").GetDecimal(), 6));
        Assert.Contains("当期实际开发面积", decided.GetProperty("result").GetProperty("basis").GetProperty("note").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task StepsOutOfOrderAndAssessmentsWithoutGroundsAreRefusedNamingTheRuleAndNothingIsRecorded()
    {
        var contract = await _m.ContractAsync(MonitoringUnderTest.Commitments(80m, Today.AddDays(-30), Today.AddYears(2), ("tax-per-mu", 10m, "万元/亩")), Binhai, TwentyMuM2);
        using var enterprise = await _m.As("enterprise.a");
        using var clerk = await _m.As("development.clerk");

        using var unknown = await enterprise.PostAsJsonAsync("/assessments", new { contractId = Guid.CreateVersion7() });
        var unknownProblem = await ProblemAssert.IsProblem(unknown, HttpStatusCode.BadRequest);
        Assert.True(unknownProblem.GetProperty("errors").TryGetProperty("contractId", out _));

        var id = await _m.ApplyAsync(contract);
        using var early = await clerk.PostAsJsonAsync($"/assessments/{id}/government-review", MonitoringUnderTest.Decision());
        var problem = await ProblemAssert.IsProblem(early, HttpStatusCode.Conflict);
        Assert.Equal("StepsFollowTheOrder", problem.GetProperty("rule").GetString());
        Assert.Equal(["InitialCheck"], problem.GetProperty("allowedSteps").EnumerateArray().Select(s => s.GetString()));

        Assert.Equal(HttpStatusCode.OK, (await clerk.PostAsJsonAsync($"/assessments/{id}/initial-check", new { opinion = "材料齐全" })).StatusCode);
        using var noReport = await clerk.PostAsJsonAsync($"/assessments/{id}/joint-review", new { opinion = "联审" });
        Assert.Equal("AConfirmedAnnualReportIsJudged", (await ProblemAssert.IsProblem(noReport, HttpStatusCode.Conflict)).GetProperty("rule").GetString());

        using var twice = await enterprise.PostAsJsonAsync("/assessments", new { contractId = contract });
        Assert.Equal("OneAssessmentAtATime", (await ProblemAssert.IsProblem(twice, HttpStatusCode.Conflict)).GetProperty("rule").GetString());

        var stored = await clerk.GetFromJsonAsync<JsonElement>($"/assessments/{id}");
        Assert.Equal(2, stored.GetProperty("steps").GetArrayLength());
        Assert.Equal(JsonValueKind.Null, stored.GetProperty("result").ValueKind);
    }

    [Fact]
    public async Task AnApplicationOutsideTheContractsWindowIsRefused()
    {
        var contract = await _m.ContractAsync(MonitoringUnderTest.Commitments(80m, Today.AddYears(-4), Today.AddYears(-1), ("tax-per-mu", 10m, "万元/亩")), Binhai, TwentyMuM2);
        using var enterprise = await _m.As("enterprise.a");

        using var late = await enterprise.PostAsJsonAsync("/assessments", new { contractId = contract });

        Assert.Equal("AssessmentIsAppliedForWithinTheWindow", (await ProblemAssert.IsProblem(late, HttpStatusCode.Conflict)).GetProperty("rule").GetString());
    }

    [Fact]
    public async Task AFailureAfterRectificationIsFinal()
    {
        var contract = await _m.ContractAsync(MonitoringUnderTest.Commitments(80m, Today.AddDays(-30), Today.AddYears(2), ("output-per-mu", 800m, "万元/亩")), Binhai, TwentyMuM2);
        await _m.ConfirmedReportAsync(contract, Today.Year - 1, new { outputValue = 20m * 700m * 10_000m });
        var first = await _m.DecideAsync(await _m.ThroughJointReviewAsync(contract));
        Assert.Equal(Today.AddYears(2), DateOnly.Parse(first.GetProperty("rectificationDeadline").GetString()!, CultureInfo.InvariantCulture));
        await _m.Bus.NextAsync<AssessmentFailed>(e => e.ContractId == contract && !e.FinalAfterRectification);

        // A year later, still short: the rectification assessment fails, finally.
        _m.Clock.Offset = TimeSpan.FromDays(366);
        await _m.ConfirmedReportAsync(contract, Today.Year, new { outputValue = 20m * 750m * 10_000m });
        var second = await _m.DecideAsync(await _m.ThroughJointReviewAsync(contract));

        Assert.Equal("Rectification", second.GetProperty("kind").GetString());
        Assert.True(second.GetProperty("final").GetBoolean());
        var final = await _m.Bus.NextAsync<AssessmentFailed>(e => e.ContractId == contract && e.FinalAfterRectification);
        Assert.Equal("滨政复〔2026〕8号", final.Message.DocumentNumber);
    }

    private static JsonElement Line(JsonElement assessment, string indicator) =>
        Assert.Single(assessment.GetProperty("result").GetProperty("lines").EnumerateArray(), l => l.GetProperty("indicator").GetString() == indicator);
}
