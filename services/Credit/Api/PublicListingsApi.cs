using LandPlatform.Credit.Domain;
using LandPlatform.Credit.Infrastructure;
using LandPlatform.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace LandPlatform.Credit.Api;

/// <summary>
/// 信息公开 (RULES.md §5): anyone, without a token (the gateway passes /api/credit/public/** through
/// anonymously), may read the effective listings — name, code, reason, document, start and end — and
/// nothing else: no evidence, no objection, no actor, no legal representative.
/// </summary>
public static class PublicListingsApi
{
    private const int MaxPageSize = 100;

    public static RouteGroupBuilder MapPublicListingsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/public").WithTags("Public disclosure").AllowAnonymous();
        group.MapGet("/listings", List);
        return group;
    }

    private static async Task<Results<Ok<PublicListingPage>, ValidationProblem>> List(
        CreditDbContext db, TimeProvider clock, CancellationToken ct, string? search = null, int page = 1, int pageSize = 20)
    {
        var errors = new ValidationErrors();
        if (page < 1)
        {
            errors.Add("page", "must be 1 or more");
        }

        if (pageSize is < 1 or > MaxPageSize)
        {
            errors.Add("pageSize", $"must be 1-{MaxPageSize}");
        }

        var term = search?.Trim();
        if (term is { Length: > 100 })
        {
            errors.Add("search", "must be at most 100 characters");
        }

        if (errors.Any)
        {
            return errors.ToProblem();
        }

        // Effective and within the listing period (Listing.BarsLandAt): at its end a listing leaves the list.
        var now = clock.GetUtcNow();
        var effective = db.Listings.AsNoTracking().IgnoreAutoIncludes().Where(Listing.BarringLandAt(now));
        if (!string.IsNullOrEmpty(term))
        {
            var code = term.ToUpperInvariant();
            effective = effective.Where(l => l.EnterpriseName.Contains(term) || l.Uscc.StartsWith(code));
        }

        var total = await effective.CountAsync(ct);
        var listings = await effective
            .OrderByDescending(l => l.EffectiveFrom)
            .ThenBy(l => l.Id)
            .Skip((page - 1) * pageSize)
            .Take(pageSize)
            .ToListAsync(ct);
        // PublicListing.From is the domain's gate: it refuses anything not in force.
        var items = listings.Select(l => PublicListing.From(l, now)).Select(PublicListingResponse.From).ToList();
        return TypedResults.Ok(new PublicListingPage(items, page, pageSize, total));
    }
}
