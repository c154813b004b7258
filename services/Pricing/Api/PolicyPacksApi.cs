using LandPlatform.Pricing.Api.Contracts;
using LandPlatform.Pricing.Domain;
using LandPlatform.Pricing.Domain.PolicyPacks;
using LandPlatform.SeedWork;
using LandPlatform.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LandPlatform.Pricing.Api;

/// <summary>
/// The packs as loaded, so a clerk sees exactly the numbers and clauses every computation uses. A pack is
/// shown as the domain holds it (not a re-shaped copy) for that reason.
/// </summary>
public static class PolicyPacksApi
{
    public static RouteGroupBuilder MapPolicyPacksApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/policy-packs").WithTags("Policy packs").RequirePermission(Permissions.PricingRead);
        group.MapGet("/", List);
        group.MapGet("/{id}", Get);
        app.MapGet("/national-baseline", Baseline).WithTags("Policy packs").RequirePermission(Permissions.PricingRead);
        return group;
    }

    private static Ok<PolicyPackList> List(PolicyPackCatalog catalog, TimeProvider clock)
    {
        var today = clock.Today();
        return TypedResults.Ok(new PolicyPackList(
            [.. catalog.Packs.Select(p => PolicyPackSummary.From(p, today))],
            catalog.Baseline.DocumentTitle));
    }

    private static Results<JsonHttpResult<PolicyPack>, NotFound> Get(string id, PolicyPackCatalog catalog) =>
        catalog.Find(id) is { } pack ? TypedResults.Json(pack, PricingJson.PackView) : TypedResults.NotFound();

    private static JsonHttpResult<NationalBaseline> Baseline(PolicyPackCatalog catalog) =>
        TypedResults.Json(catalog.Baseline, PricingJson.PackView);
}
