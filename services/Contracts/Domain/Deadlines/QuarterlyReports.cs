namespace LandPlatform.Contracts.Domain.Deadlines;

/// <summary>
/// 按季书面报告项目进展情况，直至项目投产 (Xihu 附件3 三（七）): from signing until production, one report per
/// period of the pack's months. A period is missing once it has ended with no report dated inside it.
/// </summary>
public static class QuarterlyReports
{
    /// <summary>The ends of the periods that closed on or before <paramref name="today"/> without a report.</summary>
    public static IReadOnlyList<DateOnly> Missing(
        DateOnly signedOn, DateOnly? productionOn, DateOnly today, int monthsPerPeriod, IReadOnlyCollection<DateOnly> reportedOn)
    {
        ArgumentNullException.ThrowIfNull(reportedOn);
        var missing = new List<DateOnly>();
        var periodStart = signedOn;
        for (var n = 1; ; n++)
        {
            var periodEnd = signedOn.AddMonths(n * monthsPerPeriod);
            if (periodEnd > today || (productionOn is { } production && periodStart >= production))
            {
                return missing;
            }

            if (!reportedOn.Any(d => d >= periodStart && d < periodEnd))
            {
                missing.Add(periodEnd);
            }

            periodStart = periodEnd;
        }
    }

    /// <summary>The first period end strictly after <paramref name="today"/>.</summary>
    public static DateOnly NextPeriodEndAfter(DateOnly signedOn, DateOnly today, int monthsPerPeriod)
    {
        for (var n = 1; ; n++)
        {
            var end = signedOn.AddMonths(n * monthsPerPeriod);
            if (end > today)
            {
                return end;
            }
        }
    }
}
