using LandPlatform.Monitoring.Domain;
using LandPlatform.Monitoring.Infrastructure;
using LandPlatform.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace LandPlatform.Monitoring.Api;

public static class PipelineApi
{
    public static RouteGroupBuilder MapPipelineApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/pipeline").WithTags("Pipeline");
        group.MapGet("/", List).RequirePermission(Permissions.MonitoringRead);
        group.MapGet("/{applicationId:guid}", Get).RequirePermission(Permissions.MonitoringRead);
        return group;
    }

    private static async Task<Ok<List<PipelineProject>>> List(MonitoringDbContext db, string? uscc, CancellationToken ct)
    {
        var query = db.Pipeline.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(uscc))
        {
            query = query.Where(p => p.Uscc == uscc.Trim().ToUpperInvariant());
        }

        return TypedResults.Ok(await query.OrderBy(p => p.ApplicationId).Take(500).ToListAsync(ct));
    }

    private static async Task<Results<Ok<PipelineProject>, NotFound>> Get(Guid applicationId, MonitoringDbContext db, CancellationToken ct) =>
        await db.Pipeline.FindAsync([applicationId], ct) is { } project ? TypedResults.Ok(project) : TypedResults.NotFound();
}
