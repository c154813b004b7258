namespace LandPlatform.SeedWork;

/// <summary>
/// A period counted in years, as the civil code counts it — the one rule for 满一年 / 满两年 wherever the platform counts
/// them (idle land in contracts' daily job, credit's listing of recoverable idle land). 《中华人民共和国民法典》第二百零一条:
/// the start day is not counted, the period runs from the next day; 第二百零二条: it ends on the corresponding day of the
/// last year (the month's last day when there is none: 29 February → 28 February); 第二百零三条: at 24:00 of that day.
/// So a period of N years from <c>start</c> is complete from the day after its N-th anniversary, not on the anniversary.
/// </summary>
public static class CivilPeriods
{
    public const string Clause =
        "《中华人民共和国民法典》第二百零一条 按照年、月、日、小时计算期间的，开始的当日不计入，自下一日开始计算；第二百零二条 按照年、月计算期间的，到期月的对应日为期间的最后一日；没有对应日的，月末日为期间的最后一日；第二百零三条 期间的最后一日的截止时间为二十四时";

    /// <summary>The whole years from <paramref name="start"/> completed before <paramref name="on"/> began (0 on and before the first anniversary).</summary>
    public static int YearsCompletedBy(DateOnly start, DateOnly on)
    {
        var years = on.Year - start.Year;
        while (years > 0 && LastDayOf(start, years) >= on)
        {
            years--;
        }

        return Math.Max(0, years);
    }

    /// <summary>The last day of a period of <paramref name="years"/> years from <paramref name="start"/> (its anniversary, 24:00).</summary>
    public static DateOnly LastDayOf(DateOnly start, int years) => start.AddYears(years);

    /// <summary>The first day on which <paramref name="years"/> years from <paramref name="start"/> are complete (满N年).</summary>
    public static DateOnly CompleteFrom(DateOnly start, int years) => LastDayOf(start, years).AddDays(1);
}
