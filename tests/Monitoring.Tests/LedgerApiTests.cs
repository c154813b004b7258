using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LandPlatform.IntegrationContracts.Events;
using LandPlatform.Monitoring.Tests.Support;
using LandPlatform.Testing;
using LandPlatform.Testing.Identity;

namespace LandPlatform.Monitoring.Tests;

/// <summary>The idle and inefficient land ledger from real events and confirmed figures, with one plan per parcel.</summary>
[Collection(MonitoringCollection.Name)]
public sealed class LedgerApiTests(RabbitMqNode bus, IssuerFixture issuer) : IAsyncLifetime
{
    private const string Shilong = "pingdingshan-shilong-2021";
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
    private MonitoringUnderTest _m = null!;

    public async Task InitializeAsync() => _m = await MonitoringUnderTest.StartAsync(bus, issuer);

    public async Task DisposeAsync() => await _m.DisposeAsync();

    [Fact]
    public async Task AnIdleParcelIsOnTheLedgerWithItsConsequenceAndOnePlanWhichIsFlaggedWhenOverdue()
    {
        var contract = await _m.ContractAsync(MonitoringUnderTest.Commitments(100m, Today.AddDays(-30), Today.AddYears(2)), Shilong, 20000m, "SL-IDLE-01");
        var idle = new IdleLandDetected(contract, MonitoringUnderTest.Uscc, "SL-IDLE-01", Today, 1) { EnterpriseName = "闽侯示范智能制造有限公司" };
        await _m.Bus.PublishAsync(idle, idle.EventId, publisher: "contracts");
        using var clerk = await _m.As("development.clerk");

        var entry = await EntryAsync(clerk, "SL-IDLE-01", e => e.GetProperty("category").GetString() == "Idle");
        Assert.Contains("idle-land fee 20% of the land price = 2400000.00 元", entry.GetProperty("idleConsequence").GetString(), StringComparison.Ordinal);

        using var plan = await clerk.PostAsJsonAsync("/ledger/SL-IDLE-01/plan", new
        {
            cause = "企业资金未到位", measure = "TimeLimitedDevelopment", deadline = Today.AddMonths(3), responsibleUnit = "产业集聚区管委会",
        });
        Assert.Equal(HttpStatusCode.OK, plan.StatusCode);
        using var second = await clerk.PostAsJsonAsync("/ledger/SL-IDLE-01/plan", new { cause = "x", measure = "Recovery", deadline = Today.AddMonths(3), responsibleUnit = "国土资源局" });
        var problem = await ProblemAssert.IsProblem(second, HttpStatusCode.Conflict);
        Assert.Equal("OnePlanPerParcel", problem.GetProperty("rule").GetString());
        Assert.Contains("一宗一策", problem.GetProperty("clause").GetString(), StringComparison.Ordinal);
        using var badMeasure = await clerk.PostAsJsonAsync("/ledger/SL-IDLE-01/plan/progress", new { note = "" });
        Assert.True((await ProblemAssert.IsProblem(badMeasure, HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("note", out _));

        Assert.Empty((await clerk.GetFromJsonAsync<JsonElement>("/ledger?overdue=true")).EnumerateArray());
        _m.Clock.Offset = TimeSpan.FromDays(120);
        var overdue = Assert.Single((await clerk.GetFromJsonAsync<JsonElement>("/ledger?overdue=true")).EnumerateArray());
        Assert.Equal("SL-IDLE-01", overdue.GetProperty("parcelCode").GetString());

        var started = new ConstructionStarted(contract, MonitoringUnderTest.Uscc, "SL-IDLE-01", Today, Today.AddDays(-400), 400);
        await _m.Bus.PublishAsync(started, started.EventId, publisher: "contracts");
        await EntryAsync(clerk, "SL-IDLE-01", e => e.GetProperty("category").GetString() == "Cleared");
    }

    [Fact]
    public async Task AnApprovedParcelStandsAsUnsuppliedAndAShilongParcelBelowSixWanYuanTaxPerMuAsInefficient()
    {
        var approved = new ApplicationApproved(Guid.CreateVersion7(), MonitoringUnderTest.Uscc, Shilong) { ParcelCode = "SL-APPROVED-01", LandAreaM2 = 20000m, ApprovedOn = Today };
        await _m.Bus.PublishAsync(approved, approved.EventId, publisher: "admission");
        using var clerk = await _m.As("development.clerk");
        await EntryAsync(clerk, "SL-APPROVED-01", e => e.GetProperty("category").GetString() == "ApprovedNotSupplied");

        // 30 亩 paying 150 万元: 5 万元/亩, under the cluster's 6.
        var contract = await _m.ContractAsync(MonitoringUnderTest.Commitments(100m, Today.AddDays(-30), Today.AddYears(2)), Shilong, 20000m, "SL-LOW-01");
        await _m.ConfirmedReportAsync(contract, Today.Year - 1, new { taxPaid = 1_500_000m, outputValue = 10_000_000m });

        var entry = await EntryAsync(clerk, "SL-LOW-01", e => e.GetProperty("category").GetString() == "Inefficient");
        Assert.Contains("< 6 万元/亩", entry.GetProperty("history")[0].GetProperty("note").GetString(), StringComparison.Ordinal);
        // The move is published for the province (reporting's LedgerChange record) with the figures it was judged on.
        var listed = await _m.Bus.NextAsync<LandLedgerChanged>(e => e.ParcelCode == "SL-LOW-01");
        Assert.Equal("Inefficient", listed.Message.Category);
        Assert.Equal(contract, listed.Message.ContractId);
        Assert.Contains("< 6 万元/亩", listed.Message.Basis, StringComparison.Ordinal);

        var efficiency = await clerk.GetFromJsonAsync<JsonElement>($"/land-efficiency?year={Today.Year - 1}");
        var park = Assert.Single(efficiency.EnumerateArray(), g => g.GetProperty("group").GetString() == Shilong);
        var tax = Assert.Single(park.GetProperty("figures").EnumerateArray(), f => f.GetProperty("indicator").GetString() == "tax-per-mu");
        Assert.Equal(5m, decimal.Round(tax.GetProperty("value").GetDecimal(), 6));
        Assert.Equal(6m, tax.GetProperty("target").GetDecimal());
        Assert.False(tax.GetProperty("meetsTarget").GetBoolean());
    }

    private static async Task<JsonElement> EntryAsync(HttpClient client, string parcel, Func<JsonElement, bool> condition)
    {
        JsonElement found = default;
        await Eventually.HoldsAsync(async () =>
        {
            using var response = await client.GetAsync($"/ledger/{parcel}");
            if (response.StatusCode != HttpStatusCode.OK)
            {
                return false;
            }

            found = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
            return condition(found);
        }, $"parcel {parcel} on the ledger as expected");
        return found;
    }
}
