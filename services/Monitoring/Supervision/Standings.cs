using LandPlatform.Monitoring.Domain;
using LandPlatform.Monitoring.Domain.Assessments;
using LandPlatform.Monitoring.Domain.Supervision;
using LandPlatform.Monitoring.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LandPlatform.Monitoring.Supervision;

/// <summary>Every contract's standing, read in a few whole-table queries (the documents cover the whole district).</summary>
internal static class Standings
{
    public static async Task<List<ContractStanding>> ReadAsync(MonitoringDbContext db, DateOnly today, CancellationToken ct)
    {
        var contracts = await db.Contracts.AsNoTracking().ToListAsync(ct);
        var latestAssessment = (await db.Assessments.AsNoTracking().ToListAsync(ct))
            .GroupBy(a => a.ContractId).ToDictionary(g => g.Key, g => g.OrderBy(a => a.Id).Last());
        var latestCheck = (await db.AnnualChecks.AsNoTracking().ToListAsync(ct))
            .GroupBy(c => c.ContractId).ToDictionary(g => g.Key, g => g.OrderBy(c => c.Year).Last());
        var ledger = await db.Ledger.AsNoTracking().ToDictionaryAsync(e => e.ParcelCode, ct);
        return contracts.Select(c =>
        {
            latestAssessment.TryGetValue(c.ContractId, out var assessment);
            latestCheck.TryGetValue(c.ContractId, out var check);
            ledger.TryGetValue(c.ParcelCode, out var entry);
            return new ContractStanding(
                c.ContractId, c.Uscc, c.EnterpriseName, c.ParcelCode, c.EfficiencyGroup, c.LandAreaM2, c.TerminatedOn is not null,
                assessment?.Outcome, assessment is { Final: true } || assessment?.RectificationExpiredOn is not null, assessment?.RectificationDeadline,
                check is { Passed: false } ? check.Year : null, entry?.Category, entry?.IsOverdue(today) == true, entry?.Plan is not null);
        }).ToList();
    }
}
