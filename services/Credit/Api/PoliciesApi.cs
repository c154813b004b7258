using LandPlatform.Credit.Policies;
using LandPlatform.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LandPlatform.Credit.Api;

/// <summary>The credit part of the policy packs, read-only: the numbers and the clause behind each (data, never code).</summary>
public static class PoliciesApi
{
    public static RouteGroupBuilder MapPoliciesApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/policies").WithTags("Policies").RequirePermission(Permissions.CreditRead);
        group.MapGet("/", List);
        group.MapGet("/{id}", Get);
        return group;
    }

    private static Ok<IReadOnlyList<PolicyPackResponse>> List(CreditPolicyCatalog catalog) =>
        TypedResults.Ok<IReadOnlyList<PolicyPackResponse>>(catalog.PackIds.Select(id => Pack(catalog, id)).ToList());

    private static Results<Ok<PolicyPackResponse>, ProblemHttpResult> Get(string id, CreditPolicyCatalog catalog) =>
        catalog.Versions(id).Any()
            ? TypedResults.Ok(Pack(catalog, id))
            : Problems.NotFound($"There is no policy pack '{id}'.");

    private static PolicyPackResponse Pack(CreditPolicyCatalog catalog, string id) =>
        new(id, catalog.Versions(id).Select(PolicyVersionResponse.From).ToList());
}
