using LandPlatform.Documents;
using LandPlatform.Monitoring.Supervision;
using LandPlatform.Monitoring.Domain.Supervision;
using LandPlatform.Monitoring.Infrastructure;
using LandPlatform.ServiceDefaults.Problems;
using LandPlatform.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace LandPlatform.Monitoring.Api;

/// <summary>The supervision cadence's documents as the job produced them (季度通报, 半年约谈名单, 年度考评).</summary>
public static class SupervisionApi
{
    public static RouteGroupBuilder MapSupervisionApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/supervision").WithTags("Supervision");
        group.MapGet("/", List).RequirePermission(Permissions.MonitoringRead);
        group.MapGet("/{kind}/{period}", Get).RequirePermission(Permissions.MonitoringRead);
        group.MapGet("/{kind}/{period}/document", async (string kind, string period, HttpRequest request, MonitoringDbContext db, PdfPrinter printer, CancellationToken ct) =>
            Enum.TryParse<SupervisionKind>(kind, ignoreCase: true, out var k)
            && await db.SupervisionDocuments.AsNoTracking().FirstOrDefaultAsync(d => d.Kind == k && d.Period == period, ct) is { } document
                ? await DocumentResults.SendAsync(SupervisionDocumentRender.Render(document), request, printer)
                : MonitoringProblems.NotFound($"No {kind} for {period} has been produced.")).RequirePermission(Permissions.MonitoringRead);
        return group;
    }

    private static async Task<Ok<List<SupervisionDocument>>> List(MonitoringDbContext db, CancellationToken ct) =>
        TypedResults.Ok(await db.SupervisionDocuments.AsNoTracking().OrderBy(d => d.Period).ThenBy(d => d.Kind).Take(500).ToListAsync(ct));

    private static async Task<Results<Ok<SupervisionDocument>, ValidationProblem, ProblemHttpResult>> Get(string kind, string period, MonitoringDbContext db, CancellationToken ct)
    {
        var errors = new ValidationErrors();
        var wanted = errors.Enum<SupervisionKind>("kind", kind);
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        return await db.SupervisionDocuments.AsNoTracking().FirstOrDefaultAsync(d => d.Kind == wanted && d.Period == period, ct) is { } document
            ? TypedResults.Ok(document)
            : MonitoringProblems.NotFound($"No {kind} for {period} has been produced.");
    }
}
