using LandPlatform.Auditing;
using LandPlatform.IntegrationContracts.Events;
using LandPlatform.Messaging.Outbox;
using LandPlatform.Pricing.Api.Contracts;
using LandPlatform.Pricing.Infrastructure;
using LandPlatform.Pricing.Quotes;
using LandPlatform.ServiceDefaults.Problems;
using LandPlatform.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace LandPlatform.Pricing.Api;

/// <summary>
/// <c>POST /quotes/{id}/reserve-price</c>: a planning clerk fixes a stored quote as the reserve price of an
/// application's parcel. The record, its audit entry and the <see cref="ReservePriceSet"/> outbox row commit
/// in one SaveChanges, so the event exists exactly when the decision does.
/// </summary>
internal static partial class ReservePriceEndpoint
{
    public static async Task<Results<Created<ReservePriceResponse>, ValidationProblem, ProblemHttpResult, NotFound>> Fix(
        Guid id, FixReservePriceRequest body, PricingDbContext db, IAuditTrail audit, CurrentActor actor,
        TimeProvider clock, ILogger<ReservePriceAssignment> logger, CancellationToken ct)
    {
        var errors = new ValidationErrors();
        var applicationId = errors.Required("applicationId", body.ApplicationId);
        if (applicationId == Guid.Empty)
        {
            errors.Add("applicationId", "must not be the empty GUID");
        }

        var parcelCode = errors.Required("parcelCode", body.ParcelCode, ReservePriceRules.MaxParcelCodeLength);
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        if (await db.Quotes.SingleOrDefaultAsync(q => q.Id == id, ct) is not { } quote)
        {
            return TypedResults.NotFound();
        }

        if (await ExistingAsync(db, id, applicationId!.Value, parcelCode!, ct) is { } existing)
        {
            return AlreadyFixed(existing, id);
        }

        var fixing = ReservePriceAssignment.Fix(quote, applicationId.Value, parcelCode!, actor.PersonId ?? "anonymous", clock.GetUtcNow());
        db.ReservePrices.Add(fixing);
        var response = ReservePriceResponse.From(fixing);
        db.AddIntegrationEvent(new ReservePriceSet(
            fixing.ApplicationId, fixing.ParcelCode, fixing.QuoteId, fixing.PolicyPackId, fixing.TotalReservePrice,
            fixing.UnitPrice, response.UnitBasis));
        audit.Record(new AuditEntry("pricing.reserve-price.set", "reserve-price", fixing.Id.ToString(), After: AuditSummary.Json(response)));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException ex)
        {
            // Another clerk fixed the same quote or parcel between the check and the insert: the unique
            // indexes let exactly one of them win.
            LogRaceLost(logger, id, ex);
            db.ChangeTracker.Clear();
            if (await ExistingAsync(db, id, applicationId.Value, parcelCode!, ct) is { } winner)
            {
                return AlreadyFixed(winner, id);
            }

            throw;
        }

        return TypedResults.Created($"/quotes/{id}/reserve-price", response);
    }

    private static Task<ReservePriceAssignment?> ExistingAsync(PricingDbContext db, Guid quoteId, Guid applicationId, string parcelCode, CancellationToken ct) =>
        db.ReservePrices.AsNoTracking()
            .FirstOrDefaultAsync(r => r.QuoteId == quoteId || (r.ApplicationId == applicationId && r.ParcelCode == parcelCode), ct);

    private static ProblemHttpResult AlreadyFixed(ReservePriceAssignment existing, Guid quoteId)
    {
        var detail = existing.QuoteId == quoteId
            ? $"quote {quoteId} is already the reserve price of parcel {existing.ParcelCode} of application {existing.ApplicationId} (fixed {existing.FixedAt:yyyy-MM-dd HH:mm} UTC by {existing.FixedBy})"
            : $"parcel {existing.ParcelCode} of application {existing.ApplicationId} already has a reserve price, from quote {existing.QuoteId}";
        return TypedResults.Problem(
            statusCode: StatusCodes.Status409Conflict,
            title: "The reserve price is already fixed",
            detail: detail,
            extensions: new Dictionary<string, object?> { ["reservePrice"] = ReservePriceResponse.From(existing) });
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Fixing quote {QuoteId} as a reserve price lost a race to a concurrent request")]
    private static partial void LogRaceLost(ILogger logger, Guid quoteId, Exception error);
}
