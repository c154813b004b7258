using LandPlatform.Admission.Api.Contracts;
using LandPlatform.Admission.Domain;
using LandPlatform.Admission.Domain.Applications;
using LandPlatform.Admission.Domain.Evaluation;
using LandPlatform.Admission.Domain.Standards;
using LandPlatform.Admission.Infrastructure;
using LandPlatform.Admission.Policies;
using LandPlatform.Auditing;
using LandPlatform.CreditChecks;
using LandPlatform.Messaging;
using LandPlatform.Messaging.Outbox;
using LandPlatform.ServiceDefaults.Problems;
using LandPlatform.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace LandPlatform.Admission.Api;

/// <summary>
/// The review (西湖区创新型产业用地管理实施细则 第三条、第四条): material check by the development bureau → each
/// convened bureau's opinion at the joint review → the development bureau's proposal → the district government's
/// approval, or rejection with reasons at any step; district decisions (exemption, consent); resumption after a
/// delisting. Each step is one transaction: the change, its history line, its audit record and its event.
/// </summary>
public static class ReviewApi
{
    public static RouteGroupBuilder MapReviewApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/applications/{id:guid}").WithTags("Review")
            .WithBusinessRuleProblems().AddEndpointFilter<RouteGroupBuilder, WorkflowProblemFilter>();
        group.MapPost($"/{ApplicationStep.CheckMaterials}", CheckMaterials).RequirePermission(Permissions.AdmissionReview);
        group.MapPost($"/{ApplicationStep.RecordOpinion}", RecordOpinion).RequirePermission(Permissions.AdmissionReview);
        group.MapPost($"/{ApplicationStep.Propose}", Propose).RequirePermission(Permissions.AdmissionReview);
        group.MapPost($"/{ApplicationStep.Reject}", Reject).RequirePermission(Permissions.AdmissionReview);
        group.MapPost($"/{ApplicationStep.Resume}", Resume).RequirePermission(Permissions.AdmissionReview);
        group.MapPost($"/{ApplicationStep.RecordDecision}", RecordDecision).RequirePermission(Permissions.AdmissionApprove);
        group.MapPost($"/{ApplicationStep.Approve}", Approve).RequirePermission(Permissions.AdmissionApprove);
        return group;
    }

    private static Task<Results<Ok<ApplicationResponse>, ValidationProblem, NotFound, ProblemHttpResult>> CheckMaterials(
        Guid id, NoteRequest request, Review review) =>
        review.Step(id, ApplicationStep.CheckMaterials, new ValidationErrors(), (a, _) => a.CheckMaterials(review.Actor, review.Now, request.Note?.Trim()));

    private static Task<Results<Ok<ApplicationResponse>, ValidationProblem, NotFound, ProblemHttpResult>> RecordOpinion(
        Guid id, OpinionRequest request, Review review)
    {
        var errors = new ValidationErrors();
        var bureau = errors.Required("bureau", request.Bureau, maxLength: 100);
        var person = errors.Required("person", request.Person, maxLength: 100);
        var agree = errors.Required("agree", request.Agree);
        var reasons = errors.Required("reasons", request.Reasons, maxLength: 2000);
        return review.Step(id, ApplicationStep.RecordOpinion, errors, (a, context) =>
            a.RecordOpinion(context.Pack.Rules.JointReview, bureau!, person!, agree!.Value, reasons!, review.Actor, review.Now));
    }

    private static Task<Results<Ok<ApplicationResponse>, ValidationProblem, NotFound, ProblemHttpResult>> Propose(
        Guid id, ProposalRequest request, Review review)
    {
        var errors = new ValidationErrors();
        var proposal = errors.Required("proposal", request.Proposal, maxLength: 2000);
        return review.Step(id, ApplicationStep.Propose, errors, (a, context) => a.Propose(context.Pack.Rules.JointReview, proposal!, review.Actor, review.Now));
    }

    private static Task<Results<Ok<ApplicationResponse>, ValidationProblem, NotFound, ProblemHttpResult>> Reject(
        Guid id, RejectionRequest request, Review review)
    {
        var errors = new ValidationErrors();
        var reasons = errors.Required("reasons", request.Reasons, maxLength: 2000);
        return review.Step(id, ApplicationStep.Reject, errors, (a, context) =>
        {
            a.Reject(reasons!, review.Actor, review.Now);
            context.Db.AddIntegrationEvent(AdmissionEvents.Rejected(a));
        });
    }

    private static Task<Results<Ok<ApplicationResponse>, ValidationProblem, NotFound, ProblemHttpResult>> Resume(Guid id, Review review) =>
        review.Step(id, ApplicationStep.Resume, new ValidationErrors(), (a, context) =>
        {
            a.Resume(review.Actor, review.Now);
            context.Db.AddIntegrationEvent(AdmissionEvents.Resumed(a));
        });

    private static Task<Results<Ok<ApplicationResponse>, ValidationProblem, NotFound, ProblemHttpResult>> RecordDecision(
        Guid id, DistrictDecisionRequest request, Review review)
    {
        var errors = new ValidationErrors();
        var kind = errors.Required("kind", request.Kind, maxLength: 50);
        if (kind is not null && !DistrictDecision.IsKnownKind(kind))
        {
            errors.Add("kind", $"must be {DistrictDecision.OutputExemption} or {DistrictDecision.IndustryConsent}");
        }

        var reasons = errors.Required("reasons", request.Reasons, maxLength: 2000);
        return review.Step(id, ApplicationStep.RecordDecision, errors, (a, context) => a.RecordDecision(context.Pack, context.Standard,
            new DistrictDecision(kind!, reasons!, review.Actor, review.Now, string.IsNullOrWhiteSpace(request.DocumentNumber) ? null : request.DocumentNumber.Trim())));
    }

    /// <summary>
    /// The district government decides on the proposal. Approval asks the credit office again first: a listing since
    /// submission turns the approval into a rejection quoting it; an unreachable credit office decides nothing (503).
    /// </summary>
    private static async Task<Results<Ok<ApplicationResponse>, ValidationProblem, NotFound, ProblemHttpResult>> Approve(
        Guid id, ApprovalRequest request, Review review, CreditOffice credit, CancellationToken ct)
    {
        var errors = new ValidationErrors();
        var approve = errors.Required("approve", request.Approve);
        var opinion = errors.Required("opinion", request.Opinion, maxLength: 2000);
        if (approve is false || errors.Any)
        {
            return await review.Step(id, ApplicationStep.Reject, errors, (a, context) =>
            {
                a.Reject(opinion!, review.Actor, review.Now);
                context.Db.AddIntegrationEvent(AdmissionEvents.Rejected(a));
            });
        }

        var uscc = await review.Db.Applications.Where(a => a.Id == id).Select(a => a.Uscc).SingleOrDefaultAsync(ct);
        if (uscc is null)
        {
            return TypedResults.NotFound();
        }

        if (await credit.TryCheckAsync(uscc, ct) is not { } verdict)
        {
            return CreditOffice.Unavailable("nothing was approved");
        }

        return await review.Step(id, ApplicationStep.Approve, errors, (a, context) =>
        {
            context.Db.AddIntegrationEvent(a.Approve(verdict, opinion!, review.Actor, review.Now)
                ? AdmissionEvents.Approved(a, context.Standard, context.Pack)
                : AdmissionEvents.Rejected(a));
        });
    }

    /// <summary>What a step acts on besides the application: its standard's version, its pack and the context.</summary>
    internal sealed record StepContext(ParcelStandard Standard, Domain.Packs.AdmissionPack Pack, AdmissionDbContext Db);

    /// <summary>Loads, acts, audits and saves one review step; validation problems first, nothing half-stored.</summary>
    internal sealed class Review(AdmissionDbContext db, AdmissionPackCatalog packs, IAuditTrail audit, CurrentActor actor, TimeProvider clock)
    {
        private readonly DateTimeOffset _now = clock.GetUtcNow();

        public AdmissionDbContext Db => db;

        public string Actor => actor.ToString();

        public DateTimeOffset Now => _now;

        public async Task<Results<Ok<ApplicationResponse>, ValidationProblem, NotFound, ProblemHttpResult>> Step(
            Guid id, string step, ValidationErrors errors, Action<LandApplication, StepContext> act)
        {
            if (errors.Any)
            {
                return errors.ToProblem();
            }

            if (await db.Applications.SingleOrDefaultAsync(a => a.Id == id) is not { } application)
            {
                return TypedResults.NotFound();
            }

            var standard = application.StandardRowId is { } row ? await db.Standards.AsNoTracking().SingleAsync(s => s.Id == row) : null;
            var pack = standard is null ? null : packs.Find(standard.PackId, standard.PackVersion);
            var before = ApplicationResponse.From(application);
            act(application, new StepContext(standard!, pack!, db));
            var after = ApplicationResponse.From(application);
            audit.Record(new AuditEntry($"admission.application.{step}", "application", id.ToString(),
                AuditSummary.Json(new { before.Status }), AuditSummary.Json(new { after.Status, last = application.History.LastOrDefault() })));
            await db.SaveChangesAsync();
            return TypedResults.Ok(after);
        }
    }
}
