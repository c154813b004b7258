using LandPlatform.SeedWork;

namespace LandPlatform.Credit.Domain;

/// <summary>How long an effective listing lasts before it may be delisted as "period ended", with its clause.</summary>
public sealed record ListingPeriod(int Years, string Clause)
{
    /// <summary>
    /// The (exclusive) end: the same Beijing clock time <see cref="Years"/> years after the listing took
    /// effect, counted on the Beijing calendar whatever offset <paramref name="effectiveFrom"/> carries (the
    /// store returns UTC). From 29 February into a year without one, the period runs to the end of
    /// 28 February (《中华人民共和国民法典》第二百零二条: 没有对应日的，月末日为期间的最后一日).
    /// </summary>
    public DateTimeOffset EndAfter(DateTimeOffset effectiveFrom)
    {
        var start = effectiveFrom.ToOffset(ChinaTime.Offset).DateTime;
        var end = start.AddYears(Years);
        return start is { Month: 2, Day: 29 } && end.Day == 28
            ? ChinaTime.StartOf(new DateOnly(end.Year, 3, 1))
            : new DateTimeOffset(end, ChinaTime.Offset);
    }
}
