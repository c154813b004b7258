namespace Aspire.Hosting;

/// <summary>
/// <c>--controllable-clock</c>: each service's clock (ServiceDefaults/Clock) may be moved forward by an operator, and
/// the scheduled jobs that act on dates look every few seconds instead of every minute or hour, so a test that moves
/// the clock sees the day's consequences (penalties, idle land, re-checks, notices) promptly. Off by default.
/// </summary>
public static class ControllableClockExtensions
{
    public const double JobSeconds = 2;

    public static IResourceBuilder<ProjectResource> WithControllableClock(this IResourceBuilder<ProjectResource> builder, bool controllable)
    {
        if (!controllable)
        {
            return builder;
        }

        var seconds = JobSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return builder
            .WithEnvironment("Clock__Controllable", "true")
            .WithEnvironment("Contracts__DailyJob__PollSeconds", seconds)
            .WithEnvironment("Monitoring__Supervision__IntervalSeconds", seconds)
            .WithEnvironment("Credit__ObjectionPeriodJob__IntervalSeconds", seconds);
    }
}
