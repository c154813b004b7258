using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LandPlatform.Monitoring.Tests.Support;
using LandPlatform.Testing;
using LandPlatform.Testing.Identity;

namespace LandPlatform.Monitoring.Tests;

/// <summary>Indicator reports over REST: kept as submitted, corrected in versions, confirmed by the owning bureau; bad input named.</summary>
[Collection(MonitoringCollection.Name)]
public sealed class ReportsApiTests(RabbitMqNode bus, IssuerFixture issuer) : IAsyncLifetime
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
    private MonitoringUnderTest _m = null!;
    private Guid _contract;

    public async Task InitializeAsync()
    {
        _m = await MonitoringUnderTest.StartAsync(bus, issuer);
        _contract = await _m.ContractAsync(
            MonitoringUnderTest.Commitments(80m, Today.AddDays(-30), Today.AddYears(2), ("tax-per-mu", 10m, "万元/亩")), "tianjin-binhai-m0-2023", 20000m);
    }

    public async Task DisposeAsync() => await _m.DisposeAsync();

    [Fact]
    public async Task BadReportsAreRefusedNamingEachFieldAndNothingIsStored()
    {
        using var enterprise = await _m.As("enterprise.a");

        var unknown = await Refused(enterprise, new { contractId = Guid.CreateVersion7(), period = "2025", figures = new { taxPaid = 1m } });
        var negative = await Refused(enterprise, new { contractId = _contract, period = "2025Q5", figures = new { taxPaid = -1m, rndStaff = 30m, allStaff = 20m } });

        Assert.True(unknown.GetProperty("errors").TryGetProperty("contractId", out _));
        var errors = negative.GetProperty("errors");
        Assert.True(errors.TryGetProperty("period", out _));
        Assert.True(errors.TryGetProperty("figures.taxPaid", out _));
        Assert.Contains("100%", errors.GetProperty("figures.rndStaff")[0].GetString(), StringComparison.Ordinal);
        using var clerk = await _m.As("development.clerk");
        Assert.Equal(0, (await clerk.GetFromJsonAsync<JsonElement>($"/reports?contractId={_contract}")).GetArrayLength());
    }

    [Fact]
    public async Task ACorrectionIsANewVersionAndTheConfirmedVersionIsWhatBothBureausConfirmed()
    {
        using var enterprise = await _m.As("enterprise.a");
        using var statistics = await _m.As("statistics.clerk");
        using var tax = await _m.As("tax.clerk");
        using var submitted = await enterprise.PostAsJsonAsync("/reports", new { contractId = _contract, period = "2025", figures = new { taxPaid = 1_000_000m, outputValue = 50_000_000m } });
        var id = JsonDocument.Parse(await submitted.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetGuid();

        using var notOwned = await tax.PostAsJsonAsync($"/reports/{id}/confirmations", new { figures = new[] { "outputValue" } });
        Assert.Equal("AFigureIsCorrectedOrConfirmedByItsOwner", (await ProblemAssert.IsProblem(notOwned, HttpStatusCode.Conflict)).GetProperty("rule").GetString());
        Assert.Equal(HttpStatusCode.OK, (await statistics.PostAsJsonAsync($"/reports/{id}/confirmations", new { })).StatusCode);
        using var corrected = await tax.PostAsJsonAsync($"/reports/{id}/corrections", new { changes = new { taxPaid = 900_000m }, reason = "以税务系统入库数为准" });
        Assert.Equal(HttpStatusCode.OK, corrected.StatusCode);

        var report = await statistics.GetFromJsonAsync<JsonElement>($"/reports/{id}");
        var versions = report.GetProperty("versions");
        Assert.Equal(2, versions.GetArrayLength());
        Assert.Equal(1_000_000m, versions[0].GetProperty("figures").GetProperty("taxPaid").GetDecimal());
        Assert.Equal(900_000m, versions[1].GetProperty("figures").GetProperty("taxPaid").GetDecimal());
        Assert.Equal("以税务系统入库数为准", versions[1].GetProperty("reason").GetString());
        Assert.Equal("tax.clerk", versions[1].GetProperty("by").GetProperty("personId").GetString());
        Assert.Equal(2, report.GetProperty("confirmedVersion").GetInt32());

        using var again = await enterprise.PostAsJsonAsync("/reports", new { contractId = _contract, period = "2025", figures = new { taxPaid = 1m } });
        Assert.Equal("APeriodIsReportedOnce", (await ProblemAssert.IsProblem(again, HttpStatusCode.Conflict)).GetProperty("rule").GetString());

        using var auditor = await _m.As("auditor");
        var audit = await auditor.GetFromJsonAsync<JsonElement>($"/audit/records?resourceId={id}");
        var operations = audit.GetProperty("items").EnumerateArray().Select(r => r.GetProperty("operation").GetString()).ToList();
        Assert.Contains("monitoring.report.submit", operations);
        Assert.Contains("monitoring.report.correct", operations);
        Assert.Contains("monitoring.report.confirm", operations);
    }

    [Fact]
    public async Task AnotherEnterpriseCannotReportForTheContract()
    {
        using var other = await _m.As("enterprise.b");

        using var response = await other.PostAsJsonAsync("/reports", new { contractId = _contract, period = "2025", figures = new { taxPaid = 1m } });

        await ProblemAssert.IsProblem(response, HttpStatusCode.Forbidden);
    }

    private static async Task<JsonElement> Refused(HttpClient client, object body)
    {
        using var response = await client.PostAsJsonAsync("/reports", body);
        return await ProblemAssert.IsProblem(response, HttpStatusCode.BadRequest);
    }
}
