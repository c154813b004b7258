using LandPlatform.Credit.Infrastructure;
using LandPlatform.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace LandPlatform.Credit.Api;

public static class EnterprisesApi
{
    public static RouteGroupBuilder MapEnterprisesApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/enterprises").WithTags("Enterprises");
        group.MapGet("/{uscc}", GetStatus);
        return group;
    }

    public sealed record CreditStatusResponse(string Uscc, bool Blacklisted, IReadOnlyList<ListingsApi.ListingResponse> Listings);

    private static async Task<Results<Ok<CreditStatusResponse>, ValidationProblem>> GetStatus(
        string uscc, CreditDbContext db, CancellationToken ct)
    {
        var errors = new ValidationErrors();
        var code = errors.Uscc("uscc", uscc);
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var listings = await CreditFile.EffectiveListings(db, code!.Value.Value, ct);
        return TypedResults.Ok(new CreditStatusResponse(
            code.Value.Value, listings.Count > 0, listings.Select(ListingsApi.ListingResponse.From).ToList()));
    }
}
