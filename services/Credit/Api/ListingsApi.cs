using LandPlatform.Auditing;
using LandPlatform.Credit.Domain;
using LandPlatform.Credit.Infrastructure;
using LandPlatform.Credit.Policies;
using LandPlatform.SeedWork;
using LandPlatform.ServiceDefaults.Problems;
using LandPlatform.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LandPlatform.Credit.Api;

/// <summary>
/// The listing lifecycle with due process (国办发〔2020〕49号（八）): a clerk opens a notice, the
/// enterprise objects within the period, a reviewer decides, a reviewer or leader delists. Taking
/// effect after an unopposed period is the scheduled job's, never a request's.
/// </summary>
public static class ListingsApi
{
    public static RouteGroupBuilder MapListingsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/listings").WithTags("Listings").WithBusinessRuleProblems().WithConcurrentChangeProblems();
        group.MapPost("/", IssueNotice).RequirePermission(Permissions.CreditListingsWrite);
        group.MapGet("/{id:guid}", Get).RequirePermission(Permissions.CreditRead);
        group.MapPost("/{id:guid}/objections", FileObjection).RequirePermission(Permissions.CreditObjectionsFile);
        group.MapPost("/{id:guid}/objections/decision", DecideObjection).RequirePermission(Permissions.CreditObjectionsDecide);
        group.MapPost("/{id:guid}/delisting", Delist).RequirePermission(Permissions.CreditDelist);
        return group;
    }

    private static async Task<Results<Created<ListingResponse>, ValidationProblem, ProblemHttpResult>> IssueNotice(
        IssueNoticeRequest request, CreditDbContext db, CreditPolicyCatalog policies, IAuditTrail audit, CurrentActor actor,
        TimeProvider clock, CancellationToken ct)
    {
        var errors = new ValidationErrors();
        var uscc = errors.Uscc("uscc", request.Uscc);
        var reason = errors.Enum<ListingReason>("reason", request.Reason);
        var document = errors.Document("document", request.Document);
        var evidence = errors.Evidence("evidence", request.Evidence);
        var packId = string.IsNullOrWhiteSpace(request.PolicyPackId) ? null : errors.Required("policyPackId", request.PolicyPackId, maxLength: 100);
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        if (await CreditFile.EnterpriseAsync(db, uscc!.Value.Value, ct) is not { } enterprise)
        {
            return Problems.NoFile(uscc.Value.Value);
        }

        var now = clock.GetUtcNow();
        var policy = policies.Resolve(packId, ChinaTime.DateOf(now));
        // A document opens one listing (ADocumentOpensOneListing): a clerk's notice on the document of an
        // event's notice, or a second click, is refused with a 409 naming the open listing.
        var open = await CreditFile.OpenListingsOfAsync(db, enterprise.Uscc, ct);
        var listing = Listing.IssueNotice(enterprise, open, reason!.Value, document, evidence, actor.ToDomainActor(), policy, now);
        db.Listings.Add(listing);
        ListingOutbox.Stage(db, listing);
        var response = ListingResponse.From(listing, now);
        audit.Record(new AuditEntry("credit.listing.notice", "listing", listing.Id.ToString(), After: Summary(listing)));
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/listings/{listing.Id}", response);
    }

    private static async Task<Results<Ok<ListingResponse>, ProblemHttpResult>> Get(
        Guid id, CreditDbContext db, CurrentActor actor, TimeProvider clock, CancellationToken ct)
    {
        if (await CreditFile.ListingAsync(db, id, ct) is not { } listing)
        {
            return Problems.NoListing(id);
        }

        // An enterprise reads only its own listings (its file); staff and auditors read all.
        return EnterpriseScope.Check(actor, listing.Uscc) is { } denied ? denied : TypedResults.Ok(ListingResponse.From(listing, clock.GetUtcNow()));
    }

    private static async Task<Results<Ok<ListingResponse>, ValidationProblem, ProblemHttpResult>> FileObjection(
        Guid id, FileObjectionRequest request, CreditDbContext db, IAuditTrail audit, CurrentActor actor, TimeProvider clock, CancellationToken ct)
    {
        var errors = new ValidationErrors();
        var grounds = errors.Required("grounds", request.Grounds, maxLength: 4000);
        var evidence = errors.Evidence("evidence", request.Evidence);
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        if (await CreditFile.ListingAsync(db, id, ct) is not { } listing)
        {
            return Problems.NoListing(id);
        }

        // Only the listed enterprise objects (陈述、申辩 is its right, not another's).
        if (EnterpriseScope.Check(actor, listing.Uscc) is { } denied)
        {
            return denied;
        }

        var before = Summary(listing);
        listing.FileObjection(actor.Uscc!, grounds!, evidence, actor.ToDomainActor(), clock.GetUtcNow());
        return await SaveAsync(db, audit, clock, listing, "credit.listing.objection.file", before, ct);
    }

    private static async Task<Results<Ok<ListingResponse>, ValidationProblem, ProblemHttpResult>> DecideObjection(
        Guid id, ObjectionDecisionRequest request, CreditDbContext db, IAuditTrail audit, CurrentActor actor, TimeProvider clock, CancellationToken ct)
    {
        var errors = new ValidationErrors();
        var outcome = errors.Enum<ObjectionOutcome>("outcome", request.Outcome);
        if (outcome == ObjectionOutcome.Pending)
        {
            errors.Add("outcome", "a review decides: Upheld or Rejected");
        }

        var reasons = errors.Required("reasons", request.Reasons, maxLength: 2000);
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        if (await CreditFile.ListingAsync(db, id, ct) is not { } listing)
        {
            return Problems.NoListing(id);
        }

        var before = Summary(listing);
        listing.ReviewObjection(outcome!.Value, reasons!, actor.ToDomainActor(), clock.GetUtcNow());
        return await SaveAsync(db, audit, clock, listing, "credit.listing.objection.decide", before, ct);
    }

    private static async Task<Results<Ok<ListingResponse>, ValidationProblem, ProblemHttpResult>> Delist(
        Guid id, DelistingRequest request, CreditDbContext db, IAuditTrail audit, CurrentActor actor, TimeProvider clock, CancellationToken ct)
    {
        var errors = new ValidationErrors();
        var kind = errors.Enum<DelistingKind>("kind", request.Kind);
        var reasons = errors.Required("reasons", request.Reasons, maxLength: 2000);
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        if (await CreditFile.ListingAsync(db, id, ct) is not { } listing)
        {
            return Problems.NoListing(id);
        }

        var before = Summary(listing);
        listing.Delist(new DelistingDecision(kind!.Value, reasons!, actor.ToDomainActor(), clock.GetUtcNow()));
        return await SaveAsync(db, audit, clock, listing, "credit.listing.delist", before, ct);
    }

    private static async Task<Results<Ok<ListingResponse>, ValidationProblem, ProblemHttpResult>> SaveAsync(
        CreditDbContext db, IAuditTrail audit, TimeProvider clock, Listing listing, string operation, string? before, CancellationToken ct)
    {
        ListingOutbox.Stage(db, listing);
        audit.Record(new AuditEntry(operation, "listing", listing.Id.ToString(), Before: before, After: Summary(listing)));
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(ListingResponse.From(listing, clock.GetUtcNow()));
    }

    /// <summary>The audit summary: status and dates, no evidence and no grounds (they stay in the file).</summary>
    private static string? Summary(Listing l) => AuditSummary.Json(new
    {
        l.Id,
        l.Uscc,
        Reason = l.Reason.ToString(),
        Status = l.Status.ToString(),
        Document = $"{l.Document.Type} {l.Document.Number}",
        l.LastDayToObject,
        l.EffectiveFrom,
        Steps = l.History.Count,
    });
}
