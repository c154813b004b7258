using LandPlatform.Monitoring.Api.Contracts;
using LandPlatform.Monitoring.Domain.Efficiency;
using LandPlatform.Monitoring.Infrastructure;
using LandPlatform.Monitoring.Policies;
using LandPlatform.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace LandPlatform.Monitoring.Api;

/// <summary>Read-only figures: land efficiency per park or district and year, the annual re-checks, the contract files, the policy packs.</summary>
public static class FiguresApi
{
    public static RouteGroupBuilder MapFiguresApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/").WithTags("Figures");
        group.MapGet("/land-efficiency", Efficiency).RequirePermission(Permissions.MonitoringRead);
        group.MapGet("/annual-checks", AnnualChecks).RequirePermission(Permissions.MonitoringRead);
        group.MapGet("/contracts/{id:guid}", async (Guid id, MonitoringDbContext db, CancellationToken ct) =>
            await db.Contracts.AsNoTracking().FirstOrDefaultAsync(c => c.ContractId == id, ct) is { } contract
                ? Results.Ok(contract)
                : MonitoringProblems.NotFound($"Monitoring has no file for contract {id}.")).RequirePermission(Permissions.MonitoringRead);
        group.MapGet("/policy-packs", (MonitoringPolicyCatalog packs) => TypedResults.Ok(packs.All.ToList())).RequirePermission(Permissions.MonitoringRead);
        return group;
    }

    private static async Task<Ok<IReadOnlyList<GroupEfficiency>>> Efficiency(int? year, MonitoringDbContext db, MonitoringPolicyCatalog packs, CancellationToken ct) =>
        TypedResults.Ok(LandEfficiency.Compute(await ParcelYearsAsync(db, year, ct), packs.Latest));

    /// <summary>Every contract's confirmed annual figures (optionally of one year), grouped by the park of its pack.</summary>
    internal static async Task<List<ParcelYear>> ParcelYearsAsync(MonitoringDbContext db, int? year, CancellationToken ct)
    {
        var contracts = await db.Contracts.AsNoTracking().Where(c => c.LandAreaM2 > 0).ToDictionaryAsync(c => c.ContractId, ct);
        var reports = db.Reports.AsNoTracking().Where(r => r.Quarter == null);
        if (year is { } y)
        {
            reports = reports.Where(r => r.Year == y);
        }

        var result = new List<ParcelYear>();
        foreach (var report in await reports.ToListAsync(ct))
        {
            if (report.Confirmed is { } confirmed && contracts.TryGetValue(report.ContractId, out var contract))
            {
                result.Add(new ParcelYear(contract.EfficiencyGroup, report.Year, contract.LandAreaM2!.Value, confirmed.Figures));
            }
        }

        return result;
    }

    private static async Task<Ok<List<AnnualCheckResponse>>> AnnualChecks(Guid? contractId, MonitoringDbContext db, CancellationToken ct)
    {
        var query = db.AnnualChecks.AsNoTracking();
        if (contractId is { } c)
        {
            query = query.Where(a => a.ContractId == c);
        }

        return TypedResults.Ok((await query.OrderBy(a => a.ContractId).ThenBy(a => a.Year).Take(1000).ToListAsync(ct)).Select(AnnualCheckResponse.From).ToList());
    }
}
