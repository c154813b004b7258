namespace LandPlatform.Pricing.Domain;

/// <summary>
/// Today's date where the documents apply. Every pack is a Chinese document whose dates are Beijing
/// time (UTC+8, no daylight saving), so "today" is taken there, not in the server's time zone.
/// </summary>
public static class ChinaToday
{
    private static readonly TimeSpan BeijingOffset = TimeSpan.FromHours(8);

    public static DateOnly From(TimeProvider clock) =>
        DateOnly.FromDateTime(clock.GetUtcNow().ToOffset(BeijingOffset).DateTime);
}
