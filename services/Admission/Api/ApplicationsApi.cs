using LandPlatform.Admission.Domain;
using LandPlatform.Admission.Infrastructure;
using LandPlatform.Auditing;
using LandPlatform.IntegrationContracts.Events;
using LandPlatform.Messaging;
using LandPlatform.Messaging.Outbox;
using LandPlatform.ServiceDefaults.Problems;
using LandPlatform.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LandPlatform.Admission.Api;

public static class ApplicationsApi
{
    public static RouteGroupBuilder MapApplicationsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/applications").WithTags("Applications");
        group.MapPost("/", Submit).RequirePermission(Permissions.AdmissionApplicationsSubmit);
        group.MapGet("/{id:guid}", Get).RequirePermission(Permissions.AdmissionRead);
        return group;
    }

    public sealed record SubmitApplicationRequest(
        string? EnterpriseName, string? Uscc, string? Industry, decimal? RequestedLandAreaM2, string? PolicyPackId);

    public sealed record ApplicationResponse(
        Guid Id, string EnterpriseName, string Uscc, string Industry, decimal RequestedLandAreaM2,
        string PolicyPackId, string Status, string? RefusalReason, DateTimeOffset SubmittedAt)
    {
        public static ApplicationResponse From(LandApplication a) => new(
            a.Id, a.EnterpriseName, a.Uscc, a.Industry, a.RequestedLandAreaM2, a.PolicyPackId,
            a.Status.ToString(), a.RefusalReason, a.SubmittedAt);
    }

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

        BlacklistVerdict verdict;
        try
        {
            verdict = await credit.CheckAsync(uscc!.Value.Value, ct);
        }
        catch (CreditOfficeUnavailableException)
        {
            // Nothing is stored: an application must not be taken in without the blacklist answer.
            return TypedResults.Problem(
                statusCode: StatusCodes.Status503ServiceUnavailable,
                title: "The credit office is unavailable",
                detail: "The blacklist check could not be made, so the application was not stored. Try again shortly.");
        }

        var application = LandApplication.Submit(
            new EnterpriseApplicant(name!, uscc!.Value.Value), industry!, area!.Value, pack!, verdict, clock.GetUtcNow());
        db.Applications.Add(application);
        db.AddIntegrationEvent(new ApplicationSubmitted(
            application.Id, application.Uscc, application.EnterpriseName, application.Industry,
            application.RequestedLandAreaM2, application.PolicyPackId, application.Status.ToString()));
        var response = ApplicationResponse.From(application);
        audit.Record(new AuditEntry("admission.application.submit", "application", application.Id.ToString(), After: AuditSummary.Json(response)));
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/applications/{application.Id}", response);
    }

    private static async Task<Results<Ok<ApplicationResponse>, NotFound, ProblemHttpResult>> Get(
        Guid id, AdmissionDbContext db, CurrentActor actor, CancellationToken ct)
    {
        if (await db.Applications.FindAsync([id], ct) is not { } application)
        {
            return TypedResults.NotFound();
        }

        return EnterpriseScope.Check(actor, application.Uscc) is { } denied
            ? denied
            : TypedResults.Ok(ApplicationResponse.From(application));
    }
}
