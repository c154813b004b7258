using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace LandPlatform.Auditing.Api;

public static class AuditApi
{
    /// <summary>
    /// Maps <c>GET /audit/records</c> and <c>GET /audit/verification</c> (the gateway adds the
    /// service prefix: <c>/api/credit/audit</c>). <paramref name="configure"/> applies the caller's
    /// authorization (the <c>audit.read</c> permission) to the group.
    /// </summary>
    public static RouteGroupBuilder MapAuditApi(this IEndpointRouteBuilder app, Action<RouteGroupBuilder>? configure = null)
    {
        var group = app.MapGroup("/audit").WithTags("Audit");
        group.MapGet("/records", GetRecords);
        group.MapGet("/verification", Verify);
        configure?.Invoke(group);
        return group;
    }

    private static async Task<Results<Ok<AuditPage>, ValidationProblem>> GetRecords(
        [AsParameters] AuditQuery query, AuditStore store, CancellationToken ct)
    {
        if (query.Validate() is { Count: > 0 } errors)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var page = query.Page ?? 1;
        var pageSize = query.PageSize ?? AuditQuery.DefaultPageSize;
        var filtered = query.Apply(store.Records);
        var total = await filtered.CountAsync(ct);
        var items = await filtered
            .OrderByDescending(r => r.Sequence)
            .Skip((page - 1) * pageSize)
            .Take(pageSize)
            .ToListAsync(ct);
        return TypedResults.Ok(new AuditPage(items.Select(AuditRecordResponse.From).ToList(), page, pageSize, total));
    }

    private static async Task<Ok<AuditVerification>> Verify(AuditStore store, CancellationToken ct) =>
        TypedResults.Ok(await AuditChainVerifier.VerifyAsync(store.Context, ct));
}
