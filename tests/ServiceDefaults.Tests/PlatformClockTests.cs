using LandPlatform.ServiceDefaults.Clock;
using LandPlatform.Testing.Identity;

namespace LandPlatform.ServiceDefaults.Tests;

/// <summary>The platform clock (ServiceDefaults/Clock): the system clock unless controllable, then only ever forward.</summary>
public sealed class PlatformClockTests
{
    [Fact]
    public void AControllableClockMovesForwardToTheInstantAskedAndKeepsRunning()
    {
        var real = new ShiftableClock();
        var clock = new PlatformClock(real, controllable: true);
        var to = real.GetUtcNow().AddYears(2);

        Assert.Null(clock.MoveTo(to));
        Assert.InRange(clock.GetUtcNow(), to, to.AddMinutes(1));

        real.Offset = TimeSpan.FromHours(1);
        Assert.InRange(clock.GetUtcNow(), to.AddHours(1), to.AddHours(1).AddMinutes(1));
    }

    [Fact]
    public void TheClockNeverGoesBackward()
    {
        var clock = new PlatformClock(TimeProvider.System, controllable: true);
        Assert.Null(clock.MoveTo(DateTimeOffset.UtcNow.AddDays(30)));

        var refused = clock.MoveTo(DateTimeOffset.UtcNow.AddDays(10));

        Assert.Contains("never goes backward", refused, StringComparison.Ordinal);
        Assert.True(clock.GetUtcNow() > DateTimeOffset.UtcNow.AddDays(29));
    }

    [Fact]
    public void TheSystemClockCannotBeMoved()
    {
        var clock = new PlatformClock(TimeProvider.System, controllable: false);

        Assert.Contains("--controllable-clock", clock.MoveTo(DateTimeOffset.UtcNow.AddDays(1)), StringComparison.Ordinal);
        Assert.Equal(TimeSpan.Zero, clock.Offset);
    }
}
