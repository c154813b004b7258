using static LandPlatform.EndToEnd.Tests.Lives.LandLife;

namespace LandPlatform.EndToEnd.Tests.Lives;

/// <summary>
/// 分期建设 (《关于支持新型产业用地高效复合利用办法（2023年修订稿）（征求意见稿）》第十四条 按当期实际开发面积计算): the first phase develops
/// 5,000 of the 10,000 m² (7.5 of 15 亩). Its figures — 4,800 万元 invested, 412.5 万元 of tax, 7,500 万元 of output —
/// are 640, 55 and 1,000 万元/亩 on the developed land, above the 600, 50 and 900 committed, though half that on the parcel.
/// </summary>
public sealed class APhasedProjectJudgedOnItsDevelopedAreaLife(RunningPlatform platform) : WholeLife(platform), IClassFixture<RunningPlatform>
{
    [Fact]
    public async Task AFirstPhaseIsJudgedPerMuOfTheLandItDevelopedAndPasses()
    {
        var life = Of(Platform, 10);
        var day0 = await Platform.TodayAsync();
        await life.QualifyAsync();
        await life.ReservePriceAsync();
        await life.DeliveredAsync(12_000_000m, day0);
        var completedOn = await BuildAsync([life], day0);
        await life.ConfirmedReportAsync(completedOn.Year - 1, Figures(investmentPerMu: 640m, taxPerMu: 55m, outputPerMu: 1000m, mu: 7.5m, developedLandM2: 5000m));

        var reviewed = await life.ThroughJointReviewAsync();
        var basis = reviewed.GetProperty("result").GetProperty("basis");
        Assert.Equal(5000m, basis.GetProperty("landAreaM2").GetDecimal());
        Assert.StartsWith("当期实际开发面积 5000 m² of 10000 m²", basis.GetProperty("note").GetString(), StringComparison.Ordinal);
        foreach (var (indicator, perMu) in new[] { ("fixed-asset-investment-intensity", 640m), ("tax-per-mu", 55m), ("output-per-mu", 1000m) })
        {
            var line = Line(reviewed, indicator);
            Assert.Equal((perMu, "Passed"), (decimal.Round(line.GetProperty("actual").GetDecimal(), 6), line.GetProperty("outcome").GetString()));
        }

        Assert.True(reviewed.GetProperty("passed").GetBoolean());
        var decided = await life.GovernmentReviewAsync(reviewed.GetProperty("id").GetGuid(), completedOn, "滨政复〔E2E〕10号");
        Assert.Equal("Passed", decided.GetProperty("outcome").GetString());
        await life.ContractUntilAsync(c => c.GetProperty("depositStatus").GetString() == "Refunded", "contracts refunds the deposit on AssessmentPassed");
    }
}
