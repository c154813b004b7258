using LandPlatform.Monitoring.Domain;
using LandPlatform.Monitoring.Infrastructure;
using LandPlatform.Monitoring.Supervision;
using LandPlatform.SeedWork;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace LandPlatform.Monitoring.Api;

/// <summary>One supplied parcel as the public sees it: what was supplied to whom, and how the project keeps its commitments.</summary>
public sealed record PublicParcel(
    string ParcelCode, string? ProjectName, string? EnterpriseName, string Uscc, string? AdministrativeArea, string? Location, string? LandUse,
    decimal? LandAreaM2, string SupplyMode, DateOnly SuppliedOn, string ComplianceState);

/// <summary>
/// The public, no-sign-in disclosure of supplied parcels and their compliance (公开执行情况，接受社会监督: seed 000 五（二）,
/// seed 001 四（二）). Only what is public anyway: no reported figures, no people.
/// </summary>
public static class PublicDisclosureApi
{
    public static RouteGroupBuilder MapPublicDisclosureApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/public").WithTags("Public disclosure").AllowAnonymous();
        group.MapGet("/parcels", Parcels);
        return group;
    }

    private static async Task<Ok<List<PublicParcel>>> Parcels(MonitoringDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var supplies = await db.Supplies.AsNoTracking().OrderBy(s => s.TransactionDate).ThenBy(s => s.ParcelCode).Take(5000).ToListAsync(ct);
        var contracts = await db.Contracts.AsNoTracking().Where(c => c.ApplicationId != null).ToListAsync(ct);
        var standings = (await Standings.ReadAsync(db, ChinaTime.DateOf(clock.GetUtcNow()), ct)).ToDictionary(s => s.ContractId);
        return TypedResults.Ok(supplies.Select(s =>
        {
            var contract = contracts.Where(c => c.ApplicationId == s.ApplicationId).OrderBy(c => c.SignedOn).LastOrDefault();
            var state = contract is not null && standings.TryGetValue(contract.ContractId, out var standing) ? standing.ComplianceState : "supplied, contract not yet signed";
            return new PublicParcel(s.ParcelCode, s.ProjectName, s.EnterpriseName, s.Uscc, s.AdministrativeArea, s.Location, s.LandUse, s.LandAreaM2,
                s.SupplyMode, s.TransactionDate, state);
        }).ToList());
    }
}
