using LandPlatform.AppHost.Hosting.Resources;

namespace LandPlatform.AppHost.Tests;

public sealed class RestartPolicyTests
{
    [Fact]
    public void Default_backoff_doubles_from_one_second_and_is_capped()
    {
        var delays = Enumerable.Range(1, 8).Select(n => RestartPolicy.Default.DelayFor(n).TotalSeconds);

        Assert.Equal([1, 2, 4, 8, 16, 30, 30, 30], delays);
        Assert.Equal(TimeSpan.FromSeconds(30), RestartPolicy.Default.DelayFor(1000));
    }
}
