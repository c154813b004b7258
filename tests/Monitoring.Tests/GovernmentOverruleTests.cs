using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LandPlatform.IntegrationContracts.Events;
using LandPlatform.Monitoring.Tests.Support;
using LandPlatform.Testing;
using LandPlatform.Testing.Identity;

namespace LandPlatform.Monitoring.Tests;

/// <summary>
/// 政府复审 deciding otherwise than the joint review (Hangzhou art. 9 3. 研究审定): recorded with who and why, the
/// result explained in the answer, the printed report and the published event; an "overrule" that agrees is refused.
/// </summary>
[Collection(MonitoringCollection.Name)]
public sealed class GovernmentOverruleTests(RabbitMqNode bus, IssuerFixture issuer) : IAsyncLifetime
{
    private const string Binhai = "tianjin-binhai-m0-2023";
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
    private MonitoringUnderTest _m = null!;

    public async Task InitializeAsync() => _m = await MonitoringUnderTest.StartAsync(bus, issuer);

    public async Task DisposeAsync() => await _m.DisposeAsync();

    [Fact]
    public async Task TheGovernmentReviewPassesWhatTheJointReviewFailedWithItsReasonOnRecord()
    {
        var contract = await _m.ContractAsync(MonitoringUnderTest.Commitments(80m, Today.AddDays(-30), Today.AddYears(2), ("output-per-mu", 800m, "万元/亩")), Binhai, 20000m);
        await _m.ConfirmedReportAsync(contract, Today.Year - 1, new { outputValue = 1m });
        var id = await _m.ThroughJointReviewAsync(contract);
        using var leader = await _m.As("development.leader");

        using var decided = await leader.PostAsJsonAsync($"/assessments/{id}/government-review", new
        {
            opinion = "区政府研究审定",
            document = new { type = "达标验收意见", number = "滨政复〔2026〕11号", date = Today },
            overrule = new { decided = "Passed", reason = "产值因疫情停产三个月未达标，经区政府研究予以通过" },
        });

        Assert.Equal(HttpStatusCode.OK, decided.StatusCode);
        var a = await decided.Content.ReadFromJsonAsync<JsonElement>();
        Assert.False(a.GetProperty("passed").GetBoolean()); // the joint review's judgement stays as it was
        Assert.Equal("Passed", a.GetProperty("outcome").GetString());
        Assert.Equal("Failed", a.GetProperty("overrule").GetProperty("jointReviewFound").GetString());
        Assert.Contains("疫情停产", a.GetProperty("overruleExplanation").GetString(), StringComparison.Ordinal);
        var step = a.GetProperty("steps").EnumerateArray().Last();
        Assert.Equal("GovernmentReview", step.GetProperty("step").GetString());
        Assert.Equal("development.leader", step.GetProperty("by").GetProperty("personId").GetString());
        Assert.Contains("政府复审改变部门联审意见", await leader.GetStringAsync($"/assessments/{id}/report"), StringComparison.Ordinal);
        await _m.Bus.NextAsync<AssessmentPassed>(e => e.ContractId == contract);
    }

    [Fact]
    public async Task AnOverruleThatAgreesWithTheJointReviewOrGivesNoReasonIsRefused()
    {
        var contract = await _m.ContractAsync(MonitoringUnderTest.Commitments(80m, Today.AddDays(-30), Today.AddYears(2), ("output-per-mu", 800m, "万元/亩")), Binhai, 20000m);
        await _m.ConfirmedReportAsync(contract, Today.Year - 1, new { outputValue = 1m });
        var id = await _m.ThroughJointReviewAsync(contract);
        using var clerk = await _m.As("development.clerk");
        var document = new { type = "达标验收意见", number = "滨政复〔2026〕12号", date = Today };

        using var agreeing = await clerk.PostAsJsonAsync($"/assessments/{id}/government-review", new { opinion = "审定", document, overrule = new { decided = "Failed", reason = "同意" } });
        using var unreasoned = await clerk.PostAsJsonAsync($"/assessments/{id}/government-review", new { opinion = "审定", document, overrule = new { decided = "Passed" } });

        Assert.Equal("AnOverruleDecidesOtherwise", (await ProblemAssert.IsProblem(agreeing, HttpStatusCode.Conflict)).GetProperty("rule").GetString());
        Assert.True((await ProblemAssert.IsProblem(unreasoned, HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("overrule.reason", out _));
        var still = await clerk.GetFromJsonAsync<JsonElement>($"/assessments/{id}");
        Assert.Equal(JsonValueKind.Null, still.GetProperty("outcome").ValueKind);
    }
}
