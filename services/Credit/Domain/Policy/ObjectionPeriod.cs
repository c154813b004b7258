namespace LandPlatform.Credit.Domain;

/// <summary>
/// How long the enterprise has to object to a notice, in CALENDAR days, with the clause it comes from.
/// Calendar days, not working days: working days need the State Council's yearly holiday schedule
/// (调休) as data, which no seed carries; a pack can still express "N working days" as a calendar
/// figure that covers them. Counting follows 民法典 第二百零一条: the day of the notice is not counted,
/// so with 15 days a notice on 1 March may be objected to until the end of 16 March (Beijing time).
/// </summary>
public sealed record ObjectionPeriod(int CalendarDays, string Clause)
{
    /// <summary>The last day on which an objection is accepted.</summary>
    public DateOnly LastDayAfter(DateOnly noticeDate) => noticeDate.AddDays(CalendarDays);
}
