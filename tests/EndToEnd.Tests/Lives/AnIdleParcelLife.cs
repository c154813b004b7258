using System.Net.Http.Json;
using System.Text.Json;
using LandPlatform.Testing;
using static LandPlatform.EndToEnd.Tests.Lives.LandLife;

namespace LandPlatform.EndToEnd.Tests.Lives;

public sealed class AnIdleParcelLife(RunningPlatform platform) : WholeLife(platform), IClassFixture<RunningPlatform>
{
    [Fact]
    public async Task AnIdleParcelIsOnMonitoringsLedgerAfterOneYearAndCreditGivesNoticeAfterTwo()
    {
        var life = Of(Platform, 3);
        var day0 = await Platform.TodayAsync();
        await life.QualifyAsync();
        await life.ReservePriceAsync();
        var due = DateOnly.Parse((await life.DeliveredAsync(10_000_000m, day0)).GetProperty("agreedStartBy").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        using var development = await Platform.ClientFor("development.clerk");

        await Platform.MoveClockToAsync(due.AddYears(1));
        var idle = await LedgerUntilAsync(development, life.Parcel, e => e.GetProperty("yearsIdle").ValueKind == JsonValueKind.Number && e.GetProperty("yearsIdle").GetInt32() == 1);
        Assert.Equal("Idle", idle.GetProperty("category").GetString());
        Assert.Contains("20%", idle.GetProperty("idleConsequence").GetString(), StringComparison.Ordinal);

        await Platform.MoveClockToAsync(due.AddYears(2));
        var twoYears = await LedgerUntilAsync(development, life.Parcel, e => e.GetProperty("yearsIdle").GetInt32() == 2);
        Assert.Contains("收回", twoYears.GetProperty("idleConsequence").GetString(), StringComparison.Ordinal);
        await life.CreditNoticesAsync("IdleLand");
    }
}
