using System.Net.Http.Json;
using System.Text.Json;
using LandPlatform.Testing;
using static LandPlatform.EndToEnd.Tests.Lives.LandLife;

namespace LandPlatform.EndToEnd.Tests.Lives;

public sealed class AnAnnualReCheckBelowTheStandardLife(RunningPlatform platform) : WholeLife(platform), IClassFixture<RunningPlatform>
{
    [Fact]
    public async Task AnAnnualReCheckBelowTheStandardOpensCreditsNotice()
    {
        var life = Of(Platform, 4);
        var day0 = await Platform.TodayAsync();
        await life.QualifyAsync();
        await life.ReservePriceAsync();
        await life.DeliveredAsync(12_000_000m, day0);
        var passed = await PassAsync(life, day0);
        var passedOn = DateOnly.Parse(passed.GetProperty("decidedOn").GetString()!, System.Globalization.CultureInfo.InvariantCulture);

        // Every year after the judged report is re-checked, the pass year too: it meets the standard. The year after the
        // pass ends with tax at 30 万元/亩 against 50 committed; the re-check runs once that year is over.
        await life.ConfirmedReportAsync(passedOn.Year, Figures(investmentPerMu: 700m, taxPerMu: 60m, outputPerMu: 1000m));
        await life.ConfirmedReportAsync(passedOn.Year + 1, Figures(investmentPerMu: 700m, taxPerMu: 30m, outputPerMu: 1000m));
        await Platform.MoveClockToAsync(new DateOnly(passedOn.Year + 2, 1, 20));

        var notices = await life.CreditNoticesAsync("FailedAnnualRecheck");
        Assert.Contains(notices, n => n.GetProperty("document").GetProperty("type").GetString() == "年度动态核查结果");
        using var development = await Platform.ClientFor("development.clerk");
        var check = Assert.Single((await development.GetFromJsonAsync<JsonElement>($"/api/monitoring/annual-checks?contractId={life.ContractId}")).EnumerateArray(),
            c => !c.GetProperty("passed").GetBoolean());
        Assert.Equal(passedOn.Year + 1, check.GetProperty("year").GetInt32());
        Assert.Contains("tax-per-mu: 30 < 50 万元/亩", check.GetProperty("reason").GetString(), StringComparison.Ordinal);
    }
}
