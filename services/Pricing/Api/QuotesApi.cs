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
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;

    public static RouteGroupBuilder MapQuotesApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/quotes").WithTags("Quotes");
        group.MapGet("/", List).RequirePermission(Permissions.PricingRead);
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

    /// <summary>
    /// A clerk's work list: newest first, a page at a time (at most <see cref="MaxPageSize"/>), optionally only the
    /// quotes fixed as the reserve price of one parcel (宗地编号) or computed under one pack.
    /// </summary>
    private static async Task<Ok<QuotePage>> List(
        string? parcel, string? policyPack, int? page, int? pageSize, PricingDbContext db, CancellationToken ct)
    {
        var query = db.Quotes.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(parcel))
        {
            var code = parcel.Trim();
            query = query.Where(q => db.ReservePrices.Any(r => r.QuoteId == q.Id && r.ParcelCode == code));
        }

        if (!string.IsNullOrWhiteSpace(policyPack))
        {
            var pack = policyPack.Trim();
            query = query.Where(q => q.PolicyPackId == pack);
        }

        // Bounded rather than refused, as admission's lists are: a page past the end is empty, a size is kept within limits.
        var (number, size) = (Math.Max(1, page ?? 1), Math.Clamp(pageSize ?? DefaultPageSize, 1, MaxPageSize));
        var total = await query.CountAsync(ct);
        // CreatedAt is stored as a UTC DateTime (ordered in SQL on both providers); the version-7 id breaks ties.
        var quotes = await query.OrderByDescending(q => q.CreatedAt).ThenByDescending(q => q.Id)
            .Skip((number - 1) * size).Take(size).ToListAsync(ct);
        var ids = quotes.Select(q => q.Id).ToList();
        var fixings = await db.ReservePrices.AsNoTracking().Where(r => ids.Contains(r.QuoteId)).ToDictionaryAsync(r => r.QuoteId, ct);
        return TypedResults.Ok(new QuotePage(
            [.. quotes.Select(q => QuoteSummary.From(q, fixings.GetValueOrDefault(q.Id)))], number, size, total));
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
