namespace LandPlatform.SeedWork;

/// <summary>
/// The bureaus' calendar: China Standard Time (UTC+8, no daylight saving). Every policy document, deadline and
/// period is written in Beijing dates, so a day is taken there, whatever zone the server or the caller is in: between
/// 00:00 and 08:00 Beijing time the UTC date is still the day before.
/// </summary>
public static class ChinaTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    /// <summary>The calendar date in Beijing on which <paramref name="instant"/> falls.</summary>
    public static DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(instant.ToOffset(Offset).DateTime);

    /// <summary>
    /// The last Beijing calendar day before the exclusive instant <paramref name="end"/> (the day itself when
    /// <paramref name="end"/> is not midnight): a period that ends at midnight is shown by its last day.
    /// </summary>
    public static DateOnly LastDayBefore(DateTimeOffset end) => DateOf(end.AddTicks(-1));

    /// <summary>Midnight at the start of <paramref name="date"/> in Beijing.</summary>
    public static DateTimeOffset StartOf(DateOnly date) => new(date.ToDateTime(TimeOnly.MinValue), Offset);

    /// <summary>Today's date in Beijing by <paramref name="clock"/>.</summary>
    public static DateOnly Today(this TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return DateOf(clock.GetUtcNow());
    }
}
