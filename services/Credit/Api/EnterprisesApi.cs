using LandPlatform.Credit.Infrastructure;
using LandPlatform.ServiceDefaults.Problems;
using LandPlatform.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LandPlatform.Credit.Api;

public static class EnterprisesApi
{
    public static RouteGroupBuilder MapEnterprisesApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/enterprises").WithTags("Enterprises");
        group.MapGet("/{uscc}", GetStatus).RequirePermission(Permissions.CreditRead);
        return group;
    }

    public sealed record CreditStatusResponse(string Uscc, bool Blacklisted, IReadOnlyList<ListingsApi.ListingResponse> Listings);

    private static async Task<Results<Ok<CreditStatusResponse>, ValidationProblem, ProblemHttpResult>> GetStatus(
        string uscc, CreditDbContext db, CurrentActor actor, CancellationToken ct)
    {
        var errors = new ValidationErrors();
        var code = errors.Uscc("uscc", uscc);
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        if (EnterpriseScope.Check(actor, code!.Value.Value) is { } denied)
        {
            return denied;
        }

        var listings = await CreditFile.EffectiveListings(db, code!.Value.Value, ct);
        return TypedResults.Ok(new CreditStatusResponse(
            code.Value.Value, listings.Count > 0, listings.Select(ListingsApi.ListingResponse.From).ToList()));
    }
}
