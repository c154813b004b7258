using LandPlatform.Admission.Domain;
using LandPlatform.Admission.Infrastructure;
using LandPlatform.IntegrationContracts.Events;
using LandPlatform.Messaging;
using LandPlatform.Messaging.Outbox;
using LandPlatform.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LandPlatform.Admission.Api;

public static class ApplicationsApi
{
    public static RouteGroupBuilder MapApplicationsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/applications").WithTags("Applications");
        group.MapPost("/", Submit);
        group.MapGet("/{id:guid}", Get);
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
        SubmitApplicationRequest request, AdmissionDbContext db, CreditOffice credit, TimeProvider clock, CancellationToken ct)
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
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/applications/{application.Id}", ApplicationResponse.From(application));
    }

    private static async Task<Results<Ok<ApplicationResponse>, NotFound>> Get(Guid id, AdmissionDbContext db, CancellationToken ct) =>
        await db.Applications.FindAsync([id], ct) is { } application
            ? TypedResults.Ok(ApplicationResponse.From(application))
            : TypedResults.NotFound();
}
