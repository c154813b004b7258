using LandPlatform.Monitoring.Domain.Reports;
using LandPlatform.Monitoring.Infrastructure;
using LandPlatform.SeedWork;
using Microsoft.EntityFrameworkCore;

namespace LandPlatform.Monitoring.Reports;

/// <summary>The confirmed annual figures the assessment and the re-check read (never an unconfirmed version).</summary>
public sealed class ConfirmedReports(MonitoringDbContext db)
{
    /// <summary>The newest year whose annual report is confirmed.</summary>
    /// <exception cref="BusinessRuleBrokenException"><see cref="AConfirmedAnnualReportIsJudged"/>.</exception>
    public async Task<(IndicatorReport Report, ReportVersion Version)> LatestAnnualAsync(Guid contractId, CancellationToken ct)
    {
        var annual = await db.Reports.Where(r => r.ContractId == contractId && r.Quarter == null).OrderByDescending(r => r.Year).ToListAsync(ct);
        var latest = annual.FirstOrDefault(r => r.Confirmed is not null);
        BusinessRules.Check(new AConfirmedAnnualReportIsJudged(latest is not null));
        return (latest!, latest!.Confirmed!);
    }

    /// <summary>The confirmed annual report of <paramref name="year"/>, or null.</summary>
    public async Task<(IndicatorReport Report, ReportVersion Version)?> AnnualAsync(Guid contractId, int year, CancellationToken ct)
    {
        var report = await db.Reports.FirstOrDefaultAsync(r => r.ContractId == contractId && r.Quarter == null && r.Year == year, ct);
        return report?.Confirmed is { } confirmed ? (report, confirmed) : null;
    }
}

public sealed class AConfirmedAnnualReportIsJudged(bool found) : IBusinessRule
{
    public bool IsBroken() => !found;

    public string Message => "The contract has no annual report confirmed by statistics and tax: the joint review judges confirmed figures only.";
}
