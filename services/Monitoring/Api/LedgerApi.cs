using LandPlatform.Auditing;
using LandPlatform.Monitoring.Api.Contracts;
using LandPlatform.Monitoring.Domain;
using LandPlatform.Monitoring.Domain.Ledger;
using LandPlatform.Monitoring.Infrastructure;
using LandPlatform.SeedWork;
using LandPlatform.ServiceDefaults.Problems;
using LandPlatform.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace LandPlatform.Monitoring.Api;

/// <summary>
/// The idle and inefficient land ledger (Shilong 二（三）): rows come from events and confirmed figures; staff adopt
/// one disposal plan per parcel (一宗一策) and record its progress; overdue plans are flagged.
/// </summary>
public static class LedgerApi
{
    public static RouteGroupBuilder MapLedgerApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/ledger").WithTags("Ledger").WithMonitoringProblems();
        group.MapGet("/", List).RequirePermission(Permissions.MonitoringRead);
        group.MapGet("/{parcelCode}", Get).RequirePermission(Permissions.MonitoringRead);
        group.MapPost("/{parcelCode}/plan", AdoptPlan).RequirePermission(Permissions.MonitoringLedgerWrite);
        group.MapPost("/{parcelCode}/plan/progress", RecordProgress).RequirePermission(Permissions.MonitoringLedgerWrite);
        return group;
    }

    private static async Task<Results<Ok<List<LedgerEntryResponse>>, ValidationProblem>> List(
        string? category, bool? overdue, MonitoringDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var errors = new ValidationErrors();
        var wanted = category is null ? null : errors.Enum<LedgerCategory>("category", category);
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var query = db.Ledger.AsNoTracking();
        query = wanted is { } c ? query.Where(e => e.Category == c) : query.Where(e => e.Category != LedgerCategory.Cleared);
        var today = ChinaTime.DateOf(clock.GetUtcNow());
        var rows = (await query.OrderBy(e => e.ParcelCode).Take(2000).ToListAsync(ct)).Select(e => LedgerEntryResponse.From(e, today));
        return TypedResults.Ok((overdue is true ? rows.Where(r => r.Overdue) : rows).ToList());
    }

    private static async Task<Results<Ok<LedgerEntryResponse>, ProblemHttpResult>> Get(string parcelCode, MonitoringDbContext db, TimeProvider clock, CancellationToken ct) =>
        await db.Ledger.AsNoTracking().FirstOrDefaultAsync(e => e.ParcelCode == parcelCode, ct) is { } entry
            ? TypedResults.Ok(LedgerEntryResponse.From(entry, ChinaTime.DateOf(clock.GetUtcNow())))
            : MonitoringProblems.NotFound($"Parcel {parcelCode} is not on the ledger.");

    private static async Task<Results<Ok<LedgerEntryResponse>, ValidationProblem, ProblemHttpResult>> AdoptPlan(
        string parcelCode, DisposalPlanRequest request, MonitoringDbContext db, IAuditTrail audit, CurrentActor actor, TimeProvider clock, CancellationToken ct)
    {
        var errors = new ValidationErrors();
        var cause = errors.Required("cause", request.Cause, maxLength: 1000);
        var measure = errors.Enum<DisposalMeasure>("measure", request.Measure);
        var deadline = errors.Required("deadline", request.Deadline);
        var unit = errors.Required("responsibleUnit", request.ResponsibleUnit, maxLength: 200);
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        if (await db.Ledger.FindAsync([parcelCode], ct) is not { } entry)
        {
            return MonitoringProblems.NotFound($"Parcel {parcelCode} is not on the ledger.");
        }

        var now = clock.GetUtcNow();
        entry.AdoptPlan(cause!, measure!.Value, deadline!.Value, unit!, actor.ToDomainActor(), now);
        audit.Record(new AuditEntry("monitoring.ledger.plan", "ledger-entry", parcelCode, After: $"{measure} by {deadline:yyyy-MM-dd}, {unit}"));
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(LedgerEntryResponse.From(entry, ChinaTime.DateOf(now)));
    }

    private static async Task<Results<Ok<LedgerEntryResponse>, ValidationProblem, ProblemHttpResult>> RecordProgress(
        string parcelCode, PlanProgressRequest request, MonitoringDbContext db, IAuditTrail audit, CurrentActor actor, TimeProvider clock, CancellationToken ct)
    {
        var errors = new ValidationErrors();
        var note = errors.Required("note", request.Note, maxLength: 2000);
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        if (await db.Ledger.FindAsync([parcelCode], ct) is not { } entry)
        {
            return MonitoringProblems.NotFound($"Parcel {parcelCode} is not on the ledger.");
        }

        var now = clock.GetUtcNow();
        entry.RecordProgress(note!, request.Completes, actor.ToDomainActor(), now);
        audit.Record(new AuditEntry("monitoring.ledger.progress", "ledger-entry", parcelCode, After: request.Completes ? "completed" : "progress"));
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(LedgerEntryResponse.From(entry, ChinaTime.DateOf(now)));
    }
}
