namespace LandPlatform.Credit.Domain;

/// <summary>
/// The bureau's calendar: China Standard Time (UTC+8, no daylight saving). A period counted in days
/// ends at midnight Beijing time, whatever zone the server or the caller is in.
/// </summary>
public static class ChinaTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    /// <summary>The calendar date in Beijing on which <paramref name="instant"/> falls.</summary>
    public static DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(instant.ToOffset(Offset).DateTime);

    /// <summary>The last Beijing calendar day before the exclusive instant <paramref name="end"/> (the day itself when <paramref name="end"/> is not midnight).</summary>
    public static DateOnly LastDayBefore(DateTimeOffset end) => DateOf(end.AddTicks(-1));

    /// <summary>Midnight at the start of <paramref name="date"/> in Beijing.</summary>
    public static DateTimeOffset StartOf(DateOnly date) => new(date.ToDateTime(TimeOnly.MinValue), Offset);
}
