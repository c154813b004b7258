using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LandPlatform.Monitoring.Tests.Support;
using LandPlatform.Testing;
using LandPlatform.Testing.Identity;

namespace LandPlatform.Monitoring.Tests;

/// <summary>An enterprise reads its own indicator reports and assessments; another enterprise's answer 404 and never list.</summary>
[Collection(MonitoringCollection.Name)]
public sealed class EnterpriseReadingTests(RabbitMqNode bus, IssuerFixture issuer) : IAsyncLifetime
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
    private MonitoringUnderTest _m = null!;

    public async Task InitializeAsync() => _m = await MonitoringUnderTest.StartAsync(bus, issuer);

    public async Task DisposeAsync() => await _m.DisposeAsync();

    [Fact]
    public async Task AnEnterpriseReadsItsOwnReportsAndAssessmentsButAnotherEnterpriseFindsNone()
    {
        var contract = await _m.ContractAsync(MonitoringUnderTest.Commitments(80m, Today.AddDays(-30), Today.AddYears(2), ("tax-per-mu", 10m, "万元/亩")), "tianjin-binhai-m0-2023", 20000m);
        var report = await _m.ConfirmedReportAsync(contract, Today.Year - 1, new { taxPaid = 1_000_000m });
        var assessment = await _m.ApplyAsync(contract);
        using var owner = await _m.As("enterprise.a");
        using var other = await _m.As("enterprise.b");

        Assert.Equal(report, (await owner.GetFromJsonAsync<JsonElement>($"/reports/{report}")).GetProperty("id").GetGuid());
        Assert.Equal(contract, (await owner.GetFromJsonAsync<JsonElement>($"/assessments/{assessment}")).GetProperty("contractId").GetGuid());
        Assert.Contains((await owner.GetFromJsonAsync<JsonElement>($"/reports?contractId={contract}")).EnumerateArray(), r => r.GetProperty("id").GetGuid() == report);
        Assert.Contains((await owner.GetFromJsonAsync<JsonElement>("/assessments")).EnumerateArray(), a => a.GetProperty("id").GetGuid() == assessment);
        using var printed = await owner.GetAsync($"/assessments/{assessment}/report");
        Assert.Equal(HttpStatusCode.OK, printed.StatusCode);

        foreach (var path in new[] { $"/reports/{report}", $"/assessments/{assessment}", $"/assessments/{assessment}/report" })
        {
            using var denied = await other.GetAsync(path);
            await ProblemAssert.IsProblem(denied, HttpStatusCode.NotFound);
        }

        Assert.Empty((await other.GetFromJsonAsync<JsonElement>($"/reports?contractId={contract}")).EnumerateArray());
        Assert.DoesNotContain((await other.GetFromJsonAsync<JsonElement>("/assessments")).EnumerateArray(), a => a.GetProperty("contractId").GetGuid() == contract);
        // The bureau's own views stay closed to enterprises.
        using var ledger = await owner.GetAsync("/ledger");
        await ProblemAssert.IsProblem(ledger, HttpStatusCode.Forbidden);
    }
}
