using LandPlatform.Admission.Api.Contracts;
using LandPlatform.Admission.Domain.Standards;
using LandPlatform.Admission.Infrastructure;
using LandPlatform.Admission.Policies;
using LandPlatform.Auditing;
using LandPlatform.Messaging;
using LandPlatform.Messaging.Outbox;
using LandPlatform.ServiceDefaults.Problems;
using LandPlatform.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace LandPlatform.Admission.Api;

/// <summary>
/// Parcel admission standards (创新型产业用地投资建设标准): a development clerk drafts from the pack's defaults,
/// the pack checks, the district government approves; a change after approval is a new version.
/// </summary>
public static class StandardsApi
{
    public static RouteGroupBuilder MapStandardsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/standards").WithTags("Standards")
            .WithBusinessRuleProblems().AddEndpointFilter<RouteGroupBuilder, WorkflowProblemFilter>();
        group.MapPost("/", Draft).RequirePermission(Permissions.AdmissionReview);
        group.MapGet("/", List).RequirePermission(Permissions.AdmissionRead);
        group.MapGet("/{id:guid}", Get).RequirePermission(Permissions.AdmissionRead);
        group.MapGet("/{id:guid}/versions", Versions).RequirePermission(Permissions.AdmissionRead);
        group.MapPut("/{id:guid}", Revise).RequirePermission(Permissions.AdmissionReview);
        group.MapPost("/{id:guid}/approval", Approve).RequirePermission(Permissions.AdmissionApprove);
        return group;
    }

    private static async Task<Results<Created<StandardResponse>, ValidationProblem>> Draft(
        StandardRequest request, AdmissionDbContext db, AdmissionPackCatalog packs, IAuditTrail audit, CurrentActor actor,
        TimeProvider clock, CancellationToken ct)
    {
        var errors = new ValidationErrors();
        if (Terms(request, packs, errors) is not { } found)
        {
            return errors.ToProblem();
        }

        var standard = ParcelStandard.Draft(found.Pack, found.Terms, actor.ToString(), clock.GetUtcNow());
        db.Standards.Add(standard);
        var response = StandardResponse.From(standard);
        audit.Record(new AuditEntry("admission.standard.draft", "standard", standard.StandardId.ToString(), After: AuditSummary.Json(response)));
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/standards/{standard.StandardId}", response);
    }

    private static async Task<Results<Ok<StandardResponse>, ValidationProblem, NotFound>> Revise(
        Guid id, StandardRequest request, AdmissionDbContext db, AdmissionPackCatalog packs, IAuditTrail audit, CurrentActor actor,
        TimeProvider clock, CancellationToken ct)
    {
        if (await Current(db, id, ct) is not { } current)
        {
            return TypedResults.NotFound();
        }

        var errors = new ValidationErrors();
        if (Terms(request with { PackId = request.PackId ?? current.PackId }, packs, errors) is not { } found)
        {
            return errors.ToProblem();
        }

        if (found.Pack.Id != current.PackId)
        {
            errors.Add("packId", $"a standard stays under its pack ({current.PackId}); draft a new standard for another document");
            return errors.ToProblem();
        }

        var before = StandardResponse.From(current);
        var revised = current.Revise(found.Pack, found.Terms, actor.ToString(), clock.GetUtcNow());
        if (!ReferenceEquals(revised, current))
        {
            db.Standards.Add(revised);
        }

        var response = StandardResponse.From(revised);
        audit.Record(new AuditEntry("admission.standard.revise", "standard", id.ToString(), AuditSummary.Json(before), AuditSummary.Json(response)));
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(response);
    }

    private static async Task<Results<Ok<StandardResponse>, NotFound>> Approve(
        Guid id, ApproveStandardRequest request, AdmissionDbContext db, AdmissionPackCatalog packs, IAuditTrail audit, CurrentActor actor,
        TimeProvider clock, CancellationToken ct)
    {
        if (await Current(db, id, ct) is not { } draft)
        {
            return TypedResults.NotFound();
        }

        var at = clock.GetUtcNow();
        var previous = await db.Standards.SingleOrDefaultAsync(s => s.StandardId == id && s.Status == StandardStatus.Approved, ct);
        draft.Approve(packs.Find(draft.PackId, draft.PackVersion)!, actor.ToString(), request.Opinion?.Trim() ?? "同意", at);
        previous?.Supersede(at);
        db.AddIntegrationEvent(AdmissionEvents.StandardApproved(draft, previous?.Version));
        var response = StandardResponse.From(draft);
        audit.Record(new AuditEntry("admission.standard.approve", "standard", id.ToString(), After: AuditSummary.Json(response)));
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(response);
    }

    private static async Task<Results<Ok<StandardResponse>, NotFound>> Get(Guid id, AdmissionDbContext db, CancellationToken ct) =>
        await Current(db, id, ct) is { } s ? TypedResults.Ok(StandardResponse.From(s)) : TypedResults.NotFound();

    private static async Task<Results<Ok<List<StandardResponse>>, NotFound>> Versions(Guid id, AdmissionDbContext db, CancellationToken ct)
    {
        var versions = await db.Standards.AsNoTracking().Where(s => s.StandardId == id).OrderByDescending(s => s.Version).ToListAsync(ct);
        return versions.Count == 0 ? TypedResults.NotFound() : TypedResults.Ok(versions.Select(StandardResponse.From).ToList());
    }

    private static async Task<Ok<Page<StandardResponse>>> List(
        AdmissionDbContext db, string? status, string? parcel, string? packId, int? page, int? pageSize, CancellationToken ct)
    {
        var query = db.Standards.AsNoTracking();
        if (Enum.TryParse<StandardStatus>(status, ignoreCase: true, out var s))
        {
            query = query.Where(x => x.Status == s);
        }

        if (!string.IsNullOrWhiteSpace(parcel))
        {
            query = query.Where(x => x.ParcelCode == parcel.Trim());
        }

        if (!string.IsNullOrWhiteSpace(packId))
        {
            query = query.Where(x => x.PackId == packId.Trim());
        }

        var (number, size) = Paging.Of(page, pageSize);
        // Ordered in memory after the indexed filters, as the applications' list is: SQLite cannot order DateTimeOffset
        // columns in SQL (the query threw NotSupportedException, a 500 for every caller of this list).
        var rows = await query.ToListAsync(ct);
        var items = rows.OrderByDescending(x => x.DraftedAt).Skip((number - 1) * size).Take(size);
        return TypedResults.Ok(new Page<StandardResponse>([.. items.Select(StandardResponse.From)], number, size, rows.Count));
    }

    /// <summary>The newest version (a draft under way, or the approved one).</summary>
    private static Task<ParcelStandard?> Current(AdmissionDbContext db, Guid id, CancellationToken ct) =>
        db.Standards.Where(s => s.StandardId == id).OrderByDescending(s => s.Version).FirstOrDefaultAsync(ct);

    private static (Domain.Packs.AdmissionPack Pack, StandardTerms Terms)? Terms(StandardRequest request, AdmissionPackCatalog packs, ValidationErrors errors)
    {
        var pack = packs.Find(request.PackId);
        if (pack is null)
        {
            errors.Add("packId", $"must be one of {string.Join(", ", packs.Current.Select(p => p.Id))}");
            return null;
        }

        var terms = request.ToTerms(pack, errors);
        if (terms is null)
        {
            return null;
        }

        errors.AddAll(StandardValidation.Validate(pack, terms));
        return errors.Any ? null : (pack, terms);
    }
}
