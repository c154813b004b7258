using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace LandPlatform.Monitoring.Domain.Reports;

/// <summary>A reporting period: a year ("2025") or a quarter of it ("2025Q3"). The assessment and the re-check read years.</summary>
public readonly record struct ReportPeriod(int Year, int? Quarter)
{
    public bool IsAnnual => Quarter is null;

    public static bool TryParse(string? text, [NotNullWhen(true)] out ReportPeriod? period)
    {
        period = null;
        var t = text?.Trim().ToUpperInvariant();
        if (t is null || t.Length is not (4 or 6))
        {
            return false;
        }

        if (!int.TryParse(t[..4], NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year < 1990 || year > 2200)
        {
            return false;
        }

        if (t.Length == 4)
        {
            period = new ReportPeriod(year, null);
            return true;
        }

        if (t[4] != 'Q' || t[5] is < '1' or > '4')
        {
            return false;
        }

        period = new ReportPeriod(year, t[5] - '0');
        return true;
    }

    public DateOnly EndsOn => Quarter is { } q ? new DateOnly(Year, q * 3, 1).AddMonths(1).AddDays(-1) : new DateOnly(Year, 12, 31);

    public override string ToString() => Quarter is { } q ? $"{Year}Q{q}" : Year.ToString(CultureInfo.InvariantCulture);
}
