using System.Net.Http.Json;
using System.Text.Json;
using LandPlatform.Testing;
using static LandPlatform.EndToEnd.Tests.Lives.LandLife;

namespace LandPlatform.EndToEnd.Tests.Lives;

public sealed class ABinhaiSelfUseAndAMarketProjectLife(RunningPlatform platform) : WholeLife(platform), IClassFixture<RunningPlatform>
{
    [Fact]
    public async Task ABinhaiSelfUseProjectFailsOnInvestmentWhereAMarketProjectWithTheSameFiguresPasses()
    {
        var selfUse = Of(Platform, 5);
        var market = Of(Platform, 6);
        var day0 = await Platform.TodayAsync();
        await selfUse.QualifyAsync(selfHeldSharePercent: 80m);
        await market.QualifyAsync(selfHeldSharePercent: 60m);
        foreach (var life in new[] { selfUse, market })
        {
            await life.ReservePriceAsync();
            await life.DeliveredAsync(12_000_000m, day0);
        }

        var completedOn = await BuildAsync([selfUse, market], day0);
        var results = new List<JsonElement>();
        foreach (var life in new[] { selfUse, market })
        {
            // Investment 500 万元/亩 against 600 committed; tax and output above their commitments.
            await life.ConfirmedReportAsync(completedOn.Year - 1, Figures(investmentPerMu: 500m, taxPerMu: 60m, outputPerMu: 1000m));
            results.Add(await life.ThroughJointReviewAsync());
        }

        Assert.Equal("self-use", results[0].GetProperty("result").GetProperty("projectType").GetString());
        Assert.Equal("Failed", Line(results[0], "fixed-asset-investment-intensity").GetProperty("outcome").GetString());
        Assert.False(results[0].GetProperty("passed").GetBoolean());
        Assert.Equal("market", results[1].GetProperty("result").GetProperty("projectType").GetString());
        Assert.Equal("NotJudged", Line(results[1], "fixed-asset-investment-intensity").GetProperty("outcome").GetString());
        Assert.True(results[1].GetProperty("passed").GetBoolean());
    }
}
