using System.Text.Json;
using static LandPlatform.EndToEnd.Tests.Lives.LandLife;

namespace LandPlatform.EndToEnd.Tests.Lives;

/// <summary>
/// 一宗一策 (《石龙产业集聚区用地提质增效行动方案》二（三）): a parcel approved for an enterprise but not supplied stands
/// on monitoring's ledger as 批而未供; the development bureau adopts its disposal plan (限期开发, a deadline, the
/// responsible unit) and records progress; past the deadline the plan is flagged overdue; the supply takes the parcel
/// off the list and the last progress note completes the plan.
/// </summary>
public sealed class AParcelOnTheLedgerWithItsDisposalPlanLife(RunningPlatform platform) : WholeLife(platform), IClassFixture<RunningPlatform>
{
    [Fact]
    public async Task AnApprovedButUnsuppliedParcelGetsItsPlanIsFlaggedOverdueAndLeavesTheListWhenSupplied()
    {
        var life = Of(Platform, 6);
        var day0 = await Platform.TodayAsync();
        await life.QualifyAsync();
        using var development = await Platform.ClientFor("development.clerk");
        var listed = await LedgerUntilAsync(development, life.Parcel, e => e.GetProperty("category").GetString() == "ApprovedNotSupplied");
        Assert.Equal((life.Uscc, 10000m), (listed.GetProperty("uscc").GetString(), listed.GetProperty("landAreaM2").GetDecimal()));

        var deadline = day0.AddDays(90);
        var planned = await Json(await PostAnsweredAsync(development, $"/api/monitoring/ledger/{Uri.EscapeDataString(life.Parcel)}/plan", new
        {
            cause = "竞买资格已审定，出让方案待报批", measure = "TimeLimitedDevelopment", deadline = Day(deadline), responsibleUnit = "滨海高新区管委会",
        }));
        var plan = planned.GetProperty("plan");
        Assert.Equal(("TimeLimitedDevelopment", Day(deadline), "滨海高新区管委会"),
            (plan.GetProperty("measure").GetString(), plan.GetProperty("deadline").GetString(), plan.GetProperty("responsibleUnit").GetString()));
        Assert.False(planned.GetProperty("overdue").GetBoolean());
        await Json(await PostAnsweredAsync(development, $"/api/monitoring/ledger/{Uri.EscapeDataString(life.Parcel)}/plan/progress",
            new { note = "出让方案已报区政府", completes = false }));

        // The day after the deadline the plan is still open: overdue.
        var late = deadline.AddDays(1);
        await Platform.MoveClockToAsync(late);
        var overdue = await LedgerUntilAsync(development, life.Parcel, e => e.GetProperty("overdue").GetBoolean());
        Assert.Null(overdue.GetProperty("planCompletedOn").GetString());

        // The sale supplies the parcel: LandSupplied takes it off the list; the closing note completes the plan.
        await life.ReservePriceAsync();
        await life.DeliveredAsync(12_000_000m, late);
        var cleared = await LedgerUntilAsync(development, life.Parcel, e => e.GetProperty("category").GetString() != "ApprovedNotSupplied");
        Assert.Equal("Cleared", cleared.GetProperty("category").GetString());
        var done = await Json(await PostAnsweredAsync(development, $"/api/monitoring/ledger/{Uri.EscapeDataString(life.Parcel)}/plan/progress",
            new { note = "地块已供应，限期开发完成", completes = true }));
        Assert.Equal((Day(late), false), (done.GetProperty("planCompletedOn").GetString(), done.GetProperty("overdue").GetBoolean()));
        Assert.Equal(2, done.GetProperty("plan").GetProperty("progress").GetArrayLength());
        Assert.Equal(JsonValueKind.Array, done.GetProperty("history").ValueKind);
    }
}
