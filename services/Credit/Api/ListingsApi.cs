using LandPlatform.Auditing;
using LandPlatform.Credit.Domain;
using LandPlatform.Credit.Infrastructure;
using LandPlatform.IntegrationContracts.Events;
using LandPlatform.Messaging;
using LandPlatform.Messaging.Outbox;
using LandPlatform.ServiceDefaults.Problems;
using LandPlatform.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LandPlatform.Credit.Api;

public static class ListingsApi
{
    public static RouteGroupBuilder MapListingsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/listings").WithTags("Listings");
        group.MapPost("/", RecordListing).RequirePermission(Permissions.CreditListingsWrite);
        group.MapGet("/{id:guid}", GetListing).RequirePermission(Permissions.CreditRead);
        return group;
    }

    public sealed record RecordListingRequest(string? Uscc, string? EnterpriseName, string? Reason);

    public sealed record ListingResponse(Guid Id, string Uscc, string EnterpriseName, string Reason, DateTimeOffset ListedAt)
    {
        public static ListingResponse From(Listing l) => new(l.Id, l.Uscc, l.EnterpriseName, l.Reason, l.ListedAt);
    }

    private static async Task<Results<Created<ListingResponse>, ValidationProblem>> RecordListing(
        RecordListingRequest request, CreditDbContext db, IAuditTrail audit, TimeProvider clock, CancellationToken ct)
    {
        var errors = new ValidationErrors();
        var uscc = errors.Uscc("uscc", request.Uscc);
        var name = errors.Required("enterpriseName", request.EnterpriseName);
        var reason = errors.Required("reason", request.Reason, maxLength: 1000);
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var listing = Listing.Record(uscc!.Value.Value, name!, reason!, clock.GetUtcNow());
        db.Listings.Add(listing);
        db.AddIntegrationEvent(new EnterpriseBlacklisted(listing.Id, listing.Uscc, listing.Reason, DateOnly.FromDateTime(listing.ListedAt.UtcDateTime)));
        var response = ListingResponse.From(listing);
        audit.Record(new AuditEntry("credit.listing.record", "listing", listing.Id.ToString(), After: AuditSummary.Json(response)));
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/listings/{listing.Id}", response);
    }

    private static async Task<Results<Ok<ListingResponse>, NotFound>> GetListing(Guid id, CreditDbContext db, CancellationToken ct) =>
        await db.Listings.FindAsync([id], ct) is { } listing
            ? TypedResults.Ok(ListingResponse.From(listing))
            : TypedResults.NotFound();
}
