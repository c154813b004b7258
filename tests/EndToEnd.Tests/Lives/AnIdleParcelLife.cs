using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using LandPlatform.Testing;
using static LandPlatform.EndToEnd.Tests.Lives.LandLife;

namespace LandPlatform.EndToEnd.Tests.Lives;

/// <summary>
/// 闲置土地 (《闲置土地处置办法》第十四条, RULES.md §0): a parcel delivered and never started. A year after the agreed
/// start contracts' daily job finds it idle and monitoring's ledger carries the fee, 20% of the 12,000,000 元 price;
/// at two years the land is recovered without compensation: credit gives notice on the 认定书, and the district's
/// termination forfeits the 3,600,000 元 deposit.
/// </summary>
public sealed class AnIdleParcelLife(RunningPlatform platform) : WholeLife(platform), IClassFixture<RunningPlatform>
{
    [Fact]
    public async Task AnIdleParcelIsChargedAFifthOfItsPriceAfterOneYearAndRecoveredWithCreditsNoticeAfterTwo()
    {
        var life = Of(Platform, 3);
        var day0 = await Platform.TodayAsync();
        await life.QualifyAsync();
        await life.ReservePriceAsync();
        var delivered = await life.DeliveredAsync(12_000_000m, day0);
        Assert.Equal(3_600_000m, delivered.GetProperty("depositAmount").GetDecimal());
        var due = DateOnly.Parse(delivered.GetProperty("agreedStartBy").GetString()!, CultureInfo.InvariantCulture);
        using var development = await Platform.ClientFor("development.clerk");

        // 满一年 is complete at the end of the anniversary (民法典 第二百零一条): idle from the day after it.
        await Platform.MoveClockToAsync(due.AddYears(1).AddDays(1));
        var idle = await LedgerUntilAsync(development, life.Parcel, e => e.GetProperty("yearsIdle").ValueKind == JsonValueKind.Number && e.GetProperty("yearsIdle").GetInt32() == 1);
        Assert.Equal("Idle", idle.GetProperty("category").GetString());
        Assert.Equal(Day(due.AddYears(1).AddDays(1)), idle.GetProperty("since").GetString());
        Assert.Contains("idle-land fee 20% of the land price = 2400000.00 元", idle.GetProperty("idleConsequence").GetString(), StringComparison.Ordinal);
        await ContractsFoundAsync(life, $"idle 1 year(s) since {Day(due)}");

        await Platform.MoveClockToAsync(due.AddYears(2).AddDays(1));
        var twoYears = await LedgerUntilAsync(development, life.Parcel, e => e.GetProperty("yearsIdle").GetInt32() == 2);
        Assert.StartsWith("recovery without compensation after 2 years", twoYears.GetProperty("idleConsequence").GetString(), StringComparison.Ordinal);
        var notice = Assert.Single(await life.CreditNoticesAsync("IdleLand"));
        Assert.Equal(("闲置土地认定书", $"津滨成交〔{day0.Year}〕{life.Parcel}号-闲置2"),
            (notice.GetProperty("document").GetProperty("type").GetString(), notice.GetProperty("document").GetProperty("number").GetString()));

        // 无偿收回: the district's decision on the day the second year is complete; the deposit held since day 0 is forfeited.
        using var district = await Platform.ClientFor("district.leader");
        var recovered = await Json(await PostAnsweredAsync(district, $"/api/contracts/contracts/{life.ContractId}/termination", new
        {
            on = Day(due.AddYears(2).AddDays(1)), cause = "IdleLandRecovered",
            document = new { type = "收回国有建设用地使用权决定书", number = $"津滨收〔E2E〕{life.Parcel}号", date = Day(due.AddYears(2).AddDays(1)) },
        }));
        Assert.Equal(("Terminated", "IdleLandRecovered", "Forfeited"),
            (recovered.GetProperty("state").GetString(), recovered.GetProperty("terminationCause").GetString(), recovered.GetProperty("depositStatus").GetString()));
        Assert.Equal(JsonValueKind.Null, recovered.GetProperty("compensation").ValueKind);
    }

    /// <summary>Contracts' daily job recorded <paramref name="finding"/> in its audit trail.</summary>
    private async Task ContractsFoundAsync(LandLife life, string finding)
    {
        using var auditor = await Platform.ClientFor("auditor");
        await Eventually.HoldsAsync(async () =>
        {
            var records = await auditor.GetFromJsonAsync<JsonElement>($"/api/contracts/audit/records?operation=contracts.daily.findings&resourceId={life.ContractId}&pageSize=200");
            return records.GetProperty("items").EnumerateArray().Any(r => (r.GetProperty("afterSummary").GetString() ?? "").Contains(finding, StringComparison.Ordinal));
        }, $"contracts' finding \"{finding}\"", LongPatience);
    }
}
