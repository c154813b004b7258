using System.Net.Http.Json;
using System.Text.Json;
using LandPlatform.Testing;
using static LandPlatform.EndToEnd.Tests.Lives.LandLife;

namespace LandPlatform.EndToEnd.Tests.Lives;

public sealed class AGrantWhoseAssessmentPassesLife(RunningPlatform platform) : WholeLife(platform), IClassFixture<RunningPlatform>
{
    [Fact]
    public async Task AGrantWhoseAssessmentPassesGetsItsDepositBack()
    {
        var life = Of(Platform, 1);
        var day0 = await Platform.TodayAsync();
        await life.QualifyAsync();
        Assert.Equal(11_760_000m, await life.ReservePriceAsync());
        var delivered = await life.DeliveredAsync(12_000_000m, day0);
        Assert.Equal(3_600_000m, delivered.GetProperty("depositAmount").GetDecimal());

        var passed = await PassAsync(life, day0);

        Assert.Equal("self-use", passed.GetProperty("result").GetProperty("projectType").GetString());
        var refunded = await life.ContractUntilAsync(c => c.GetProperty("depositStatus").GetString() == "Refunded", "contracts refunds the deposit on AssessmentPassed");
        Assert.Equal("Passed", refunded.GetProperty("state").GetString());
        Assert.Contains(refunded.GetProperty("steps").EnumerateArray(), s => s.GetProperty("actorId").GetString() == "service:monitoring");
    }
}
