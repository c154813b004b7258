using LandPlatform.Auditing;
using LandPlatform.Monitoring.Api.Contracts;
using LandPlatform.Monitoring.Domain.Reports;
using LandPlatform.Monitoring.Infrastructure;
using LandPlatform.Monitoring.Ledger;
using LandPlatform.ServiceDefaults.Problems;
using LandPlatform.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace LandPlatform.Monitoring.Api;

/// <summary>
/// Indicator reports (RULES.md §4): the enterprise reports per period; statistics and tax confirm or correct the
/// figures they own. Nothing is overwritten: corrections are versions with who and why.
/// </summary>
public static class ReportsApi
{
    public static RouteGroupBuilder MapReportsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/reports").WithTags("Reports").WithMonitoringProblems();
        group.MapPost("/", Submit).RequirePermission(Permissions.MonitoringReportsSubmit);
        group.MapGet("/", List).RequirePermission(Permissions.MonitoringFilesRead);
        group.MapGet("/{id:guid}", Get).RequirePermission(Permissions.MonitoringFilesRead);
        group.MapPost("/{id:guid}/resubmissions", Resubmit).RequirePermission(Permissions.MonitoringReportsSubmit);
        group.MapPost("/{id:guid}/corrections", Correct).RequirePermission(Permissions.MonitoringIndicatorsConfirm);
        group.MapPost("/{id:guid}/confirmations", Confirm).RequirePermission(Permissions.MonitoringIndicatorsConfirm);
        return group;
    }

    private static async Task<Results<Created<ReportResponse>, ValidationProblem, ProblemHttpResult>> Submit(
        SubmitReportRequest request, MonitoringDbContext db, IAuditTrail audit, CurrentActor actor, TimeProvider clock, CancellationToken ct)
    {
        var errors = new ValidationErrors();
        var contractId = errors.Required("contractId", request.ContractId);
        var period = errors.Period("period", request.Period);
        var figures = errors.Figures("figures", request.Figures);
        var contract = contractId is { } id ? await db.Contracts.FindAsync([id], ct) : null;
        if (contractId is not null && contract is null)
        {
            errors.Add("contractId", $"monitoring knows no contract {contractId}");
        }

        if (errors.Any)
        {
            return errors.ToProblem();
        }

        if (EnterpriseScope.Check(actor, contract!.Uscc) is { } denied)
        {
            return denied;
        }

        var key = period!.Value.ToString();
        var existing = await db.Reports.FirstOrDefaultAsync(r => r.ContractId == contract.ContractId && EF.Property<string>(r, "PeriodKey") == key, ct);
        var report = IndicatorReport.Submit(contract.ContractId, contract.Uscc, period.Value, figures!, existing, actor.ToDomainActor(), clock.GetUtcNow());
        db.Reports.Add(report);
        audit.Record(new AuditEntry("monitoring.report.submit", "indicator-report", report.Id.ToString(), After: $"{contract.ContractId} {key} v1"));
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/reports/{report.Id}", ReportResponse.From(report));
    }

    private static async Task<Results<Ok<ReportResponse>, ValidationProblem, ProblemHttpResult>> Resubmit(
        Guid id, CorrectReportRequest request, MonitoringDbContext db, IAuditTrail audit, CurrentActor actor, TimeProvider clock, CancellationToken ct)
    {
        if (await db.Reports.FindAsync([id], ct) is not { } report)
        {
            return MonitoringProblems.NotFound($"There is no report {id}.");
        }

        if (EnterpriseScope.Check(actor, report.Uscc) is { } denied)
        {
            return denied;
        }

        return await Change(report, request, null, db, audit, actor, clock, ct);
    }

    private static async Task<Results<Ok<ReportResponse>, ValidationProblem, ProblemHttpResult>> Correct(
        Guid id, CorrectReportRequest request, MonitoringDbContext db, IAuditTrail audit, CurrentActor actor, TimeProvider clock,
        LedgerUpdates ledger, CancellationToken ct)
    {
        if (await db.Reports.FindAsync([id], ct) is not { } report)
        {
            return MonitoringProblems.NotFound($"There is no report {id}.");
        }

        var result = await Change(report, request, RequestParsing.OwningBureauOf(actor), db, audit, actor, clock, ct, ledger);
        return result;
    }

    private static async Task<Results<Ok<ReportResponse>, ValidationProblem, ProblemHttpResult>> Change(
        IndicatorReport report, CorrectReportRequest request, Domain.Indicators.OwningBureau? bureau, MonitoringDbContext db, IAuditTrail audit,
        CurrentActor actor, TimeProvider clock, CancellationToken ct, LedgerUpdates? ledger = null)
    {
        var errors = new ValidationErrors();
        var changes = errors.Figures("changes", request.Changes);
        var reason = errors.Required("reason", request.Reason, maxLength: 1000);
        if (changes is not null)
        {
            // The figures as they would stand after the change must hold together too (ratios ≤ 100%).
            foreach (var (code, message) in Domain.Indicators.FigureValidation.Problems(report.Current.Figures.With(changes)).Where(p => !changes.ContainsKey(p.Field)))
            {
                errors.Add($"changes.{code}", message);
            }
        }

        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var version = report.Correct(changes!, reason!, bureau, actor.ToDomainActor(), clock.GetUtcNow());
        audit.Record(new AuditEntry("monitoring.report.correct", "indicator-report", report.Id.ToString(),
            After: $"v{version.Number} {string.Join(",", changes!.Keys)}: {reason}"));
        if (ledger is not null)
        {
            await ledger.AfterConfirmationAsync(report, ct);
        }

        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(ReportResponse.From(report));
    }

    private static async Task<Results<Ok<ReportResponse>, ValidationProblem, ProblemHttpResult>> Confirm(
        Guid id, ConfirmFiguresRequest request, MonitoringDbContext db, IAuditTrail audit, CurrentActor actor, TimeProvider clock,
        LedgerUpdates ledger, CancellationToken ct)
    {
        var errors = new ValidationErrors();
        for (var i = 0; i < (request.Figures?.Count ?? 0); i++)
        {
            if (Domain.Indicators.FigureCodes.Find(request.Figures![i]) is null)
            {
                errors.Add($"figures[{i}]", $"'{request.Figures[i]}' is not a reported figure");
            }
        }

        if (errors.Any)
        {
            return errors.ToProblem();
        }

        if (await db.Reports.FindAsync([id], ct) is not { } report)
        {
            return MonitoringProblems.NotFound($"There is no report {id}.");
        }

        var confirmation = report.Confirm(RequestParsing.OwningBureauOf(actor)!.Value, request.Figures, actor.ToDomainActor(), clock.GetUtcNow());
        audit.Record(new AuditEntry("monitoring.report.confirm", "indicator-report", report.Id.ToString(), After: $"{confirmation.Bureau} v{confirmation.Version}"));
        await ledger.AfterConfirmationAsync(report, ct);
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(ReportResponse.From(report));
    }

    private static async Task<Results<Ok<ReportResponse>, ProblemHttpResult>> Get(Guid id, MonitoringDbContext db, CurrentActor actor, CancellationToken ct) =>
        await db.Reports.AsNoTracking().VisibleTo(actor).FirstOrDefaultAsync(r => r.Id == id, ct) is { } report
            ? TypedResults.Ok(ReportResponse.From(report))
            : MonitoringProblems.NotFound($"There is no report {id}.");

    private static async Task<Ok<List<ReportResponse>>> List(Guid? contractId, MonitoringDbContext db, CurrentActor actor, CancellationToken ct)
    {
        var query = db.Reports.AsNoTracking().VisibleTo(actor);
        if (contractId is { } c)
        {
            query = query.Where(r => r.ContractId == c);
        }

        var reports = await query.OrderBy(r => r.ContractId).ThenBy(r => r.Year).ThenBy(r => r.Quarter).Take(500).ToListAsync(ct);
        return TypedResults.Ok(reports.Select(ReportResponse.From).ToList());
    }
}
