using static LandPlatform.EndToEnd.Tests.Lives.ALeaseThenTransferThatConvertsLife;
using static LandPlatform.EndToEnd.Tests.Lives.LandLife;

namespace LandPlatform.EndToEnd.Tests.Lives;

/// <summary>
/// 先租后让 that fails: the assessment a year before the lease ends finds tax short; the pack gives no rectification
/// (三（五） 未通过考核的…应于租赁合同到期前完成退出), so the failure is final, credit gives notice of it, and the lessee
/// leaves on the lease's last day.
/// </summary>
public sealed class ALeaseThenTransferThatExitsLife(RunningPlatform platform) : WholeLife(platform), IClassFixture<RunningPlatform>
{
    [Fact]
    public async Task ALeaseWhoseAssessmentFailsIsFinalAtOnceAndExitsOnTheLeasesLastDay()
    {
        var life = Of(Platform, 8, LandTerms.BeijingLeaseThenTransfer);
        var day0 = await Platform.TodayAsync();
        await life.QualifyAsync();
        await life.ReservePriceAsync();
        var leaseEnds = DayOf(await life.DeliveredAsync(20_000_000m, day0), "leaseEndsOn");
        await BuildAsync([life], day0);
        var appliedOn = await LeaseAppliesForAssessmentAsync(life, day0, leaseEnds);

        // Tax 10 万元/亩 against the 50 the standard sets: failed, and final since the pack's rectification is 0 years.
        await life.ConfirmedReportAsync(appliedOn.Year - 1, Figures(investmentPerMu: 700m, taxPerMu: 10m, outputPerMu: 1000m));
        var reviewed = await life.ThroughJointReviewAsync();
        Assert.False(reviewed.GetProperty("passed").GetBoolean());
        Assert.Equal("Failed", Line(reviewed, "tax-per-mu").GetProperty("outcome").GetString());
        var decided = await life.GovernmentReviewAsync(reviewed.GetProperty("id").GetGuid(), appliedOn, "京政复〔E2E〕8号");
        Assert.Equal(("Failed", true), (decided.GetProperty("outcome").GetString(), decided.GetProperty("final").GetBoolean()));

        var failed = await life.ContractUntilAsync(c => c.GetProperty("state").GetString() == "Failed", "contracts records the final AssessmentFailed");
        Assert.Equal("NotRequired", failed.GetProperty("depositStatus").GetString());
        var notices = await life.CreditNoticesAsync("FailedAssessmentAfterRectification");
        Assert.Contains(notices, n => n.GetProperty("document").GetProperty("number").GetString() == "京政复〔E2E〕8号");

        // The exit on the lease's last day (the lease ran from the signing day for 5 years).
        await Platform.MoveClockToAsync(leaseEnds);
        using var planning = await Platform.ClientFor("planning.leader");
        var exited = await life.StepAsync("exit", leaseEnds, planning);
        Assert.Equal("Exited", exited.GetProperty("state").GetString());
        Assert.Equal(Day(day0.AddYears(5).AddDays(-1)), Day(DayOf(exited, "leaseEndsOn")));
        Assert.Null(exited.GetProperty("grantPrice").GetString());
    }
}
