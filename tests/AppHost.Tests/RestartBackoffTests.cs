using LandPlatform.AppHost.Restarts;

namespace LandPlatform.AppHost.Tests;

public sealed class RestartBackoffTests
{
    [Fact]
    public void DelaysDoubleFromOneSecondUpToTheCap()
    {
        var delays = Enumerable.Range(0, 8).Select(n => RestartBackoff.Delay(n).TotalSeconds);

        Assert.Equal([1, 2, 4, 8, 16, 30, 30, 30], delays);
    }
}
