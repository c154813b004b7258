using LandPlatform.Admission.Api.Contracts;
using LandPlatform.Admission.Domain;
using LandPlatform.Admission.Infrastructure;
using LandPlatform.Auditing;
using LandPlatform.CreditChecks;
using LandPlatform.Documents;
using LandPlatform.Messaging;
using LandPlatform.Messaging.Outbox;
using LandPlatform.ServiceDefaults.Problems;
using LandPlatform.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace LandPlatform.Admission.Api;

/// <summary>
/// Applications: lodged (the first slice's form, pack only) or made for a parcel against its standard; read, listed
/// and followed through their history. The review steps are in <see cref="ReviewApi"/>.
/// </summary>
public static class ApplicationsApi
{
    public static RouteGroupBuilder MapApplicationsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/applications").WithTags("Applications")
            .WithBusinessRuleProblems().AddEndpointFilter<RouteGroupBuilder, WorkflowProblemFilter>();
        group.MapPost("/", Submit).RequirePermission(Permissions.AdmissionApplicationsSubmit);
        group.MapGet("/", List).RequirePermission(Permissions.AdmissionRead);
        group.MapGet("/{id:guid}", Get).RequirePermission(Permissions.AdmissionRead);
        group.MapGet("/{id:guid}/history", History).RequirePermission(Permissions.AdmissionRead);
        group.MapGet("/{id:guid}/qualification-opinion", QualificationOpinion).RequirePermission(Permissions.AdmissionRead);
        app.MapPost("/standards/{id:guid}/applications", Apply).WithTags("Applications")
            .WithBusinessRuleProblems().AddEndpointFilter<RouteHandlerBuilder, WorkflowProblemFilter>()
            .RequirePermission(Permissions.AdmissionApplicationsSubmit);
        return group;
    }

    public sealed record SubmitApplicationRequest(
        string? EnterpriseName, string? Uscc, string? Industry, decimal? RequestedLandAreaM2, string? PolicyPackId);

    private static async Task<Results<Created<ApplicationResponse>, ValidationProblem, ProblemHttpResult>> Submit(
        SubmitApplicationRequest request, AdmissionDbContext db, CreditOffice credit, IAuditTrail audit, CurrentActor actor,
        TimeProvider clock, CancellationToken ct)
    {
        var errors = new ValidationErrors();
        var name = errors.Required("enterpriseName", request.EnterpriseName);
        var uscc = errors.Uscc("uscc", request.Uscc);
        var industry = errors.Required("industry", request.Industry);
        var area = errors.Positive("requestedLandAreaM2", request.RequestedLandAreaM2);
        var pack = errors.Required("policyPackId", request.PolicyPackId, maxLength: 100);
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        // An enterprise applies only for itself (a development clerk may lodge a paper application).
        if (EnterpriseScope.Check(actor, uscc!.Value.Value) is { } denied)
        {
            return denied;
        }

        if (await credit.TryCheckAsync(uscc!.Value.Value, ct) is not { } verdict)
        {
            return CreditOffice.Unavailable("the application was not stored");
        }

        var application = LandApplication.Submit(
            new EnterpriseApplicant(name!, uscc!.Value.Value), industry!, area!.Value, pack!, verdict, clock.GetUtcNow());
        db.Applications.Add(application);
        db.AddIntegrationEvent(AdmissionEvents.Submitted(application));
        var response = ApplicationResponse.From(application);
        audit.Record(new AuditEntry("admission.application.submit", "application", application.Id.ToString(), After: AuditSummary.Json(response)));
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/applications/{application.Id}", response);
    }

    /// <summary>
    /// An application for a parcel: validated field by field, the credit office asked, judged against the approved
    /// current version of the standard, stored with its evaluation and announced — all or nothing.
    /// </summary>
    private static async Task<Results<Created<ApplicationResponse>, ValidationProblem, ProblemHttpResult, NotFound>> Apply(
        Guid id, int? version, ParcelApplicationRequest request, AdmissionDbContext db, Policies.AdmissionPackCatalog packs, CreditOffice credit,
        IAuditTrail audit, CurrentActor actor, TimeProvider clock, CancellationToken ct)
    {
        // The approved version unless the applicant names one (a superseded or draft one is then refused by rule).
        var versions = db.Standards.AsNoTracking().Where(s => s.StandardId == id);
        var standard = version is { } v
            ? await versions.SingleOrDefaultAsync(s => s.Version == v, ct)
            : await versions.SingleOrDefaultAsync(s => s.Status == Domain.Standards.StandardStatus.Approved, ct)
              ?? await versions.OrderByDescending(s => s.Version).FirstOrDefaultAsync(ct);
        if (standard is null)
        {
            return TypedResults.NotFound();
        }

        var errors = new ValidationErrors();
        if (request.ToContent(errors) is not { } content)
        {
            return errors.ToProblem();
        }

        var pack = packs.Find(standard.PackId, standard.PackVersion)!;
        BusinessRulesFirst(standard);
        errors.AddAll(Domain.Evaluation.ApplicationValidation.Validate(pack, standard.Terms, content));
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        if (EnterpriseScope.Check(actor, content.Uscc) is { } denied)
        {
            return denied;
        }

        if (await credit.TryCheckAsync(content.Uscc, ct) is not { } verdict)
        {
            return CreditOffice.Unavailable("the application was not stored");
        }

        var application = LandApplication.Apply(pack, standard, content, verdict, actor.ToString(), clock.GetUtcNow());
        db.Applications.Add(application);
        db.AddIntegrationEvent(AdmissionEvents.Submitted(application));
        var response = ApplicationResponse.From(application);
        audit.Record(new AuditEntry("admission.application.submit", "application", application.Id.ToString(), After: AuditSummary.Json(response)));
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/applications/{application.Id}", response);
    }

    // Applying to a draft or superseded version is a 409 naming the rule before the content is even judged.
    private static void BusinessRulesFirst(Domain.Standards.ParcelStandard standard) =>
        SeedWork.BusinessRules.Check(new Domain.Rules.ApplicationsNeedAnApprovedStandard(standard));

    private static async Task<Results<Ok<ApplicationResponse>, NotFound, ProblemHttpResult>> Get(
        Guid id, AdmissionDbContext db, CurrentActor actor, CancellationToken ct)
    {
        if (await db.Applications.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, ct) is not { } application)
        {
            return TypedResults.NotFound();
        }

        return EnterpriseScope.Check(actor, application.Uscc) is { } denied
            ? denied
            : TypedResults.Ok(ApplicationResponse.From(application));
    }

    private static async Task<Results<Ok<IReadOnlyList<Domain.Applications.HistoryEntry>>, NotFound, ProblemHttpResult>> History(
        Guid id, AdmissionDbContext db, CurrentActor actor, CancellationToken ct)
    {
        if (await db.Applications.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, ct) is not { } application)
        {
            return TypedResults.NotFound();
        }

        return EnterpriseScope.Check(actor, application.Uscc) is { } denied
            ? denied
            : TypedResults.Ok<IReadOnlyList<Domain.Applications.HistoryEntry>>(application.History);
    }

    /// <summary>
    /// The qualification opinion of an approved application: the printable HTML page, or the PDF with
    /// <c>?format=pdf</c> / <c>Accept: application/pdf</c> (the platform's one printer).
    /// </summary>
    private static async Task<IResult> QualificationOpinion(
        Guid id, HttpRequest request, AdmissionDbContext db, Policies.AdmissionPackCatalog packs, PdfPrinter printer, CurrentActor actor,
        CancellationToken ct)
    {
        if (await db.Applications.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, ct) is not { } application)
        {
            return TypedResults.NotFound();
        }

        if (EnterpriseScope.Check(actor, application.Uscc) is { } denied)
        {
            return denied;
        }

        if (application.Status != ApplicationStatus.Approved)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "No qualification opinion yet",
                detail: "The qualification opinion is issued when the district government approves the application.",
                extensions: new Dictionary<string, object?> { ["currentState"] = application.Status.ToString() });
        }

        var standard = await db.Standards.AsNoTracking().SingleAsync(s => s.Id == application.StandardRowId, ct);
        var document = Documents.QualificationOpinionDocument.Render(application, standard, packs.Find(standard.PackId, standard.PackVersion)!);
        return await DocumentResults.SendAsync(document, request, printer);
    }

    /// <summary>Applications by state, parcel, enterprise and submission date, newest first; an enterprise sees only its own.</summary>
    private static async Task<Results<Ok<Page<ApplicationResponse>>, ValidationProblem>> List(
        AdmissionDbContext db, CurrentActor actor, string? status, string? parcel, string? uscc, DateOnly? from, DateOnly? to,
        int? page, int? pageSize, CancellationToken ct)
    {
        var query = db.Applications.AsNoTracking();
        if (status is not null)
        {
            if (!Enum.TryParse<ApplicationStatus>(status, ignoreCase: true, out var s))
            {
                var errors = new ValidationErrors();
                errors.Add("status", $"must be one of {string.Join(", ", Enum.GetNames<ApplicationStatus>())}");
                return errors.ToProblem();
            }

            query = query.Where(a => a.Status == s);
        }

        if (!string.IsNullOrWhiteSpace(parcel))
        {
            query = query.Where(a => a.ParcelCode == parcel.Trim());
        }

        var enterprise = actor.IsEnterprise ? actor.Uscc : uscc?.Trim();
        if (!string.IsNullOrEmpty(enterprise))
        {
            query = query.Where(a => a.Uscc == enterprise);
        }

        var (number, size) = Paging.Of(page, pageSize);
        // Dates filter in memory after the indexed filters: SQLite cannot compare DateTimeOffset columns in SQL.
        var rows = await query.ToListAsync(ct);
        var filtered = rows
            .Where(a => from is null || AdmissionEvents.ChinaDay(a.SubmittedAt) >= from)
            .Where(a => to is null || AdmissionEvents.ChinaDay(a.SubmittedAt) <= to)
            .OrderByDescending(a => a.SubmittedAt)
            .ToList();
        return TypedResults.Ok(new Page<ApplicationResponse>(
            [.. filtered.Skip((number - 1) * size).Take(size).Select(ApplicationResponse.From)], number, size, filtered.Count));
    }
}
