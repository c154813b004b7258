using System.Globalization;

namespace LandPlatform.Monitoring.Domain.Supervision;

/// <summary>The cadence of Shilong 四（三）: 季度通报, 半年约谈, 年度考评 (daily guidance is the clerks' own work, not a document).</summary>
public enum SupervisionKind
{
    QuarterlyBulletin,
    SemiAnnualInterviewList,
    AnnualEvaluation,
}

/// <summary>The last period of each kind that has ended by a day: the one whose document is due.</summary>
public static class SupervisionPeriods
{
    public static (SupervisionKind Kind, string Period, DateOnly EndsOn) LastEnded(SupervisionKind kind, DateOnly today)
    {
        switch (kind)
        {
            case SupervisionKind.QuarterlyBulletin:
            {
                var quarter = (today.Month - 1) / 3; // the current quarter's index 0–3; the previous one has ended
                var year = quarter == 0 ? today.Year - 1 : today.Year;
                var q = quarter == 0 ? 4 : quarter;
                return (kind, $"{year}Q{q}", new DateOnly(year, q * 3, 1).AddMonths(1).AddDays(-1));
            }

            case SupervisionKind.SemiAnnualInterviewList:
            {
                var firstHalfOver = today.Month > 6;
                var year = firstHalfOver ? today.Year : today.Year - 1;
                var half = firstHalfOver ? 1 : 2;
                return (kind, $"{year}H{half}", half == 1 ? new DateOnly(year, 6, 30) : new DateOnly(year, 12, 31));
            }

            default:
                return (kind, (today.Year - 1).ToString(CultureInfo.InvariantCulture), new DateOnly(today.Year - 1, 12, 31));
        }
    }
}
