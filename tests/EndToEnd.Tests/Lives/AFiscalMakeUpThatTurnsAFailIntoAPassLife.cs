using System.Net;
using static LandPlatform.EndToEnd.Tests.Lives.LandLife;

namespace LandPlatform.EndToEnd.Tests.Lives;

/// <summary>
/// 财政贡献补足 (《关于支持新型产业用地高效复合利用办法（2023年修订稿）（征求意见稿）》第十四条): tax at 45 万元/亩 against the 50 committed on
/// the 15 mu parcel falls 750,000 元 short; paid up in full, the line passes by make-up, the government passes the
/// assessment and contracts refunds the 3,600,000 元 deposit.
/// </summary>
public sealed class AFiscalMakeUpThatTurnsAFailIntoAPassLife(RunningPlatform platform) : WholeLife(platform), IClassFixture<RunningPlatform>
{
    [Fact]
    public async Task ATaxShortfallPaidUpInFullPassesTheAssessmentAndTheDepositIsRefunded()
    {
        var life = Of(Platform, 9);
        var day0 = await Platform.TodayAsync();
        await life.QualifyAsync();
        await life.ReservePriceAsync();
        await life.DeliveredAsync(12_000_000m, day0);
        var completedOn = await BuildAsync([life], day0);
        await life.ConfirmedReportAsync(completedOn.Year - 1, Figures(investmentPerMu: 700m, taxPerMu: 45m, outputPerMu: 1000m));

        var reviewed = await life.ThroughJointReviewAsync();
        Assert.False(reviewed.GetProperty("passed").GetBoolean());
        var tax = Line(reviewed, "tax-per-mu");
        Assert.Equal("Failed", tax.GetProperty("outcome").GetString());
        Assert.Equal(750_000m, decimal.Round(tax.GetProperty("shortfallYuan").GetDecimal(), 6));
        Assert.Equal(750_000m, decimal.Round(reviewed.GetProperty("makeUpDue").GetDecimal(), 6));

        // A yuan short passes nothing (a partial payment is refused); the whole shortfall turns the line.
        var id = reviewed.GetProperty("id").GetGuid();
        using var development = await Platform.ClientFor("development.clerk");
        using (var partial = await PostAnsweredAsync(development, $"/api/monitoring/assessments/{id}/fiscal-make-up",
            new { amountYuan = 749_999m, paidOn = Day(completedOn), receipt = "津滨税缴〔E2E〕9-1号" }))
        {
            Assert.Equal(HttpStatusCode.Conflict, partial.StatusCode);
            Assert.Contains("AMakeUpCoversTheShortfall", await partial.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        var madeUp = await Json(await PostAnsweredAsync(development, $"/api/monitoring/assessments/{id}/fiscal-make-up",
            new { amountYuan = 750_000m, paidOn = Day(completedOn), receipt = "津滨税缴〔E2E〕9号" }));
        Assert.True(madeUp.GetProperty("passed").GetBoolean());
        Assert.Equal("PassedByMakeUp", Line(madeUp, "tax-per-mu").GetProperty("outcome").GetString());
        Assert.Contains("补足差额", Line(madeUp, "tax-per-mu").GetProperty("clause").GetString(), StringComparison.Ordinal);

        var decided = await life.GovernmentReviewAsync(id, completedOn, "滨政复〔E2E〕9号");
        Assert.Equal("Passed", decided.GetProperty("outcome").GetString());
        var refunded = await life.ContractUntilAsync(c => c.GetProperty("depositStatus").GetString() == "Refunded", "contracts refunds the deposit on AssessmentPassed");
        Assert.Equal(("Passed", 3_600_000m), (refunded.GetProperty("state").GetString(), refunded.GetProperty("depositAmount").GetDecimal()));
    }
}
