namespace LandPlatform.Monitoring.Domain;

/// <summary>
/// The bureau's calendar: China Standard Time (UTC+8, no daylight saving). Windows, deadlines and report
/// periods are days in the district's calendar, whatever zone the server runs in.
/// </summary>
public static class ChinaTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    public static DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(instant.ToOffset(Offset).DateTime);
}
