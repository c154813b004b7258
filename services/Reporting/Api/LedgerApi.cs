using System.Text.Json.Nodes;
using LandPlatform.Auditing;
using LandPlatform.Reporting.Api.Contracts;
using LandPlatform.Reporting.Domain;
using LandPlatform.Reporting.Infrastructure;
using LandPlatform.ServiceDefaults.Problems;
using LandPlatform.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace LandPlatform.Reporting.Api;

/// <summary>
/// The delivery ledger for operators: list it by state, replay a parked record, correct and re-send a rejected one.
/// Every change is audited with the operator's name in the same SaveChanges.
/// </summary>
public static class LedgerApi
{
    private const int MaxPage = 500;

    public static RouteGroupBuilder MapLedgerApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/ledger").WithTags("Ledger").WithBusinessRuleProblems();
        group.MapGet("/", List).RequirePermission(Permissions.OperationsMessagesRead);
        group.MapGet("/counts", Counts).RequirePermission(Permissions.OperationsMessagesRead);
        group.MapGet("/{id:long}", Get).RequirePermission(Permissions.OperationsMessagesRead);
        group.MapPost("/{id:long}/replay", Replay).RequirePermission(Permissions.OperationsMessagesReplay);
        group.MapPost("/{id:long}/correction", Correct).RequirePermission(Permissions.OperationsMessagesReplay);
        return group;
    }

    private static async Task<Results<Ok<List<LedgerRecordResponse>>, ValidationProblem>> List(
        string? state, string? parcel, int? limit, ReportingDbContext db, CancellationToken ct)
    {
        var errors = new ValidationErrors();
        DeliveryState? wanted = null;
        if (state is not null)
        {
            if (Enum.TryParse<DeliveryState>(state, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed))
            {
                wanted = parsed;
            }
            else
            {
                errors.Add("state", $"must be one of {string.Join(", ", Enum.GetNames<DeliveryState>())}");
            }
        }

        if (limit is < 1 or > MaxPage)
        {
            errors.Add("limit", $"must be between 1 and {MaxPage}");
        }

        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var query = db.Records.AsNoTracking();
        query = wanted is { } s ? query.Where(r => r.State == s) : query;
        query = parcel is null ? query : query.Where(r => r.ParcelCode == parcel);
        var rows = await query.OrderBy(r => r.Id).Take(limit ?? MaxPage).ToListAsync(ct);
        return TypedResults.Ok(rows.Select(LedgerRecordResponse.From).ToList());
    }

    private static async Task<Ok<LedgerCountsResponse>> Counts(ReportingDbContext db, CancellationToken ct)
    {
        var counts = await db.Records.GroupBy(r => r.State).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        int Of(DeliveryState s) => counts.TryGetValue(s, out var n) ? n : 0;
        return TypedResults.Ok(new LedgerCountsResponse(Of(DeliveryState.Pending), Of(DeliveryState.Delivered), Of(DeliveryState.Rejected), Of(DeliveryState.Parked)));
    }

    private static async Task<Results<Ok<LedgerRecordResponse>, ProblemHttpResult>> Get(long id, ReportingDbContext db, CancellationToken ct) =>
        await db.Records.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, ct) is { } record
            ? TypedResults.Ok(LedgerRecordResponse.From(record))
            : NotFound(id);

    private static async Task<Results<Ok<LedgerRecordResponse>, ProblemHttpResult>> Replay(
        long id, ReportingDbContext db, IAuditTrail audit, CurrentActor actor, TimeProvider clock, CancellationToken ct)
    {
        if (await db.Records.FindAsync([id], ct) is not { } record)
        {
            return NotFound(id);
        }

        var before = $"{record.State} after {record.Attempts} attempts: {record.LastError}";
        record.Replay(actor.ToString(), clock.GetUtcNow());
        audit.Record(new AuditEntry("reporting.record.replay", "upward-record", record.IdempotencyKey, Before: before, After: record.State.ToString()));
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(LedgerRecordResponse.From(record));
    }

    private static async Task<Results<Ok<LedgerRecordResponse>, ValidationProblem, ProblemHttpResult>> Correct(
        long id, CorrectionRequest request, ReportingDbContext db, IAuditTrail audit, CurrentActor actor, TimeProvider clock, CancellationToken ct)
    {
        var errors = new ValidationErrors();
        var note = errors.Required("note", request.Note, maxLength: 1000);
        if (request.Fields is not { Count: > 0 })
        {
            errors.Add("fields", "is required: the fields to change and their corrected values");
        }

        if (await db.Records.FindAsync([id], ct) is not { } record)
        {
            return NotFound(id);
        }

        var data = JsonNode.Parse(record.Data)!.AsObject();
        foreach (var (name, value) in request.Fields ?? [])
        {
            // Only the kind's own fields: a misspelt name would otherwise be sent as an extra field, unnoticed.
            if (!data.ContainsKey(name))
            {
                errors.Add($"fields.{name}", $"is not a field of a {record.Kind} record");
                continue;
            }

            data[name] = value?.DeepClone();
        }

        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var before = record.Data;
        record.Correct(data.ToJsonString(), actor.ToString(), clock.GetUtcNow());
        audit.Record(new AuditEntry("reporting.record.correct", "upward-record", record.IdempotencyKey,
            Before: Truncate($"rejected: {record.RejectionReason}; {before}"), After: Truncate($"revision {record.Revision} ({note}): {record.Data}")));
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(LedgerRecordResponse.From(record));
    }

    private static string Truncate(string text) => text.Length <= 2000 ? text : text[..2000];

    private static ProblemHttpResult NotFound(long id) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: $"No upward record {id} in the ledger.");
}
