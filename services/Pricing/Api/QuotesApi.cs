using LandPlatform.Auditing;
using LandPlatform.Pricing.Api.Contracts;
using LandPlatform.Pricing.Domain.Explanation;
using LandPlatform.Pricing.Domain.ReservePrices;
using LandPlatform.Pricing.Infrastructure;
using LandPlatform.Pricing.Quotes;
using LandPlatform.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace LandPlatform.Pricing.Api;

/// <summary>Reserve/starting price quotes: computed, stored as evidence, read back (gateway: <c>/api/pricing/quotes</c>).</summary>
public static class QuotesApi
{
    public static RouteGroupBuilder MapQuotesApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/quotes").WithTags("Quotes");
        group.MapPost("/", Create).RequirePermission(Permissions.PricingQuotesWrite);
        group.MapGet("/{id:guid}", Get).RequirePermission(Permissions.PricingRead);
        group.MapPost("/{id:guid}/reserve-price", ReservePriceEndpoint.Fix).RequirePermission(Permissions.PricingQuotesWrite);
        return group;
    }

    private static async Task<Results<Created<QuoteResponse>, ValidationProblem, ProblemHttpResult>> Create(
        QuoteRequest request, ReservePriceCalculator calculator, PricingDbContext db, IAuditTrail audit,
        CurrentActor actor, TimeProvider clock, CancellationToken ct)
    {
        switch (calculator.Quote(request.ToDomain()))
        {
            case InvalidInput<ReservePriceQuote> invalid:
                return PricingProblems.Invalid(invalid.Errors);
            case Refused<ReservePriceQuote> refused:
                return PricingProblems.Refused(refused.Refusal);
            case PackUnavailable<ReservePriceQuote> unavailable:
                return PricingProblems.PackUnavailable(unavailable.Error);
            case Computed<ReservePriceQuote> computed:
                var quote = StoredQuote.Record(computed.Result, QuoteJson.Input(request), actor.PersonId ?? "anonymous", clock.GetUtcNow());
                db.Quotes.Add(quote);
                var response = QuoteResponse.From(quote, reservePrice: null);
                audit.Record(new AuditEntry("pricing.quote.create", "quote", quote.Id.ToString(), After: AuditSummary.Json(new
                {
                    quote.Id,
                    policyPack = quote.PolicyPackId,
                    quote.ValuationDate,
                    quote.TotalPrice,
                    quote.UnitPrice,
                    unitBasis = response.UnitBasis,
                })));
                await db.SaveChangesAsync(ct);
                return TypedResults.Created($"/quotes/{quote.Id}", response);
            default:
                throw new InvalidOperationException("unknown pricing outcome");
        }
    }

    private static async Task<Results<Ok<QuoteResponse>, NotFound>> Get(Guid id, PricingDbContext db, CancellationToken ct)
    {
        if (await db.Quotes.AsNoTracking().SingleOrDefaultAsync(q => q.Id == id, ct) is not { } quote)
        {
            return TypedResults.NotFound();
        }

        var reservePrice = await db.ReservePrices.AsNoTracking().SingleOrDefaultAsync(r => r.QuoteId == id, ct);
        return TypedResults.Ok(QuoteResponse.From(quote, reservePrice));
    }
}
