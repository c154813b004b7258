using LandPlatform.Documents;
using LandPlatform.Auditing;
using LandPlatform.Monitoring.Api.Contracts;
using LandPlatform.Monitoring.Assessments;
using LandPlatform.Monitoring.Domain.Assessments;
using LandPlatform.Monitoring.Infrastructure;
using LandPlatform.Monitoring.Policies;
using LandPlatform.Monitoring.Reports;
using LandPlatform.ServiceDefaults.Problems;
using LandPlatform.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace LandPlatform.Monitoring.Api;

/// <summary>
/// 达标考核 step by step (Hangzhou art. 9): application within the contract's window → 达产初审 → 部门联审 (the
/// judgement of every committed indicator) → [fiscal make-up, Binhai art. 14] → 政府复审 (the decision, published).
/// A step out of order is a 409 naming the steps allowed now.
/// </summary>
public static class AssessmentsApi
{
    public static RouteGroupBuilder MapAssessmentsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/assessments").WithTags("Assessments").WithMonitoringProblems();
        group.MapPost("/", Apply).RequirePermission(Permissions.MonitoringAssessmentsApply);
        group.MapGet("/", List).RequirePermission(Permissions.MonitoringFilesRead);
        group.MapGet("/{id:guid}", Get).RequirePermission(Permissions.MonitoringFilesRead);
        // The printable assessment report: HTML, or PDF with ?format=pdf / Accept: application/pdf.
        group.MapGet("/{id:guid}/report", async (Guid id, HttpRequest request, MonitoringDbContext db, CurrentActor actor, PdfPrinter printer, CancellationToken ct) =>
            await db.Assessments.AsNoTracking().VisibleTo(actor).FirstOrDefaultAsync(a => a.Id == id, ct) is { } assessment
                ? await DocumentResults.SendAsync(AssessmentReportDocument.Render(assessment), request, printer)
                : MonitoringProblems.NotFound($"There is no assessment {id}.")).RequirePermission(Permissions.MonitoringFilesRead);
        group.MapPost("/{id:guid}/initial-check", InitialCheck).RequirePermission(Permissions.MonitoringAssessmentsWrite);
        group.MapPost("/{id:guid}/joint-review", JointReview).RequirePermission(Permissions.MonitoringAssessmentsWrite);
        group.MapPost("/{id:guid}/fiscal-make-up", MakeUp).RequirePermission(Permissions.MonitoringAssessmentsWrite);
        group.MapPost("/{id:guid}/government-review", GovernmentReview).RequirePermission(Permissions.MonitoringAssessmentsWrite);
        return group;
    }

    private static async Task<Results<Created<AssessmentResponse>, ValidationProblem, ProblemHttpResult>> Apply(
        ApplyForAssessmentRequest request, MonitoringDbContext db, ContractsOffice contracts, MonitoringPolicyCatalog policies,
        IAuditTrail audit, CurrentActor actor, TimeProvider clock, CancellationToken ct)
    {
        var errors = new ValidationErrors();
        var contractId = errors.Required("contractId", request.ContractId);
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        if (await contracts.CommitmentsAsync(contractId!.Value, ct) is not { } standard)
        {
            errors.Add("contractId", $"contracts knows no contract {contractId}");
            return errors.ToProblem();
        }

        if (EnterpriseScope.Check(actor, standard.Uscc) is { } denied)
        {
            return denied;
        }

        // The pack must govern the contract before anything is recorded (a contract outside every pack is refused).
        policies.Resolve(standard.PolicyPackId, standard.SignedOn);
        var previous = await db.Assessments.Where(a => a.ContractId == standard.ContractId).OrderByDescending(a => a.Id).FirstOrDefaultAsync(ct);
        var assessment = Assessment.Apply(standard, previous, actor.ToDomainActor(), clock.GetUtcNow(), request.Opinion?.Trim() is { Length: > 0 } o ? o : "申请达标考核");
        db.Assessments.Add(assessment);
        audit.Record(new AuditEntry("monitoring.assessment.apply", "assessment", assessment.Id.ToString(), After: $"{assessment.Kind} contract {assessment.ContractId}"));
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/assessments/{assessment.Id}", AssessmentResponse.From(assessment, null));
    }

    private static Task<Results<Ok<AssessmentResponse>, ValidationProblem, ProblemHttpResult>> InitialCheck(
        Guid id, StepRequest request, MonitoringDbContext db, MonitoringPolicyCatalog policies, IAuditTrail audit, CurrentActor actor, TimeProvider clock, CancellationToken ct) =>
        Step(id, "opinion", request.Opinion, db, policies, audit, "initial-check", ct, (a, opinion) =>
        {
            a.RecordInitialCheck(actor.ToDomainActor(), clock.GetUtcNow(), opinion);
            return Task.CompletedTask;
        });

    private static Task<Results<Ok<AssessmentResponse>, ValidationProblem, ProblemHttpResult>> JointReview(
        Guid id, StepRequest request, MonitoringDbContext db, MonitoringPolicyCatalog policies, ConfirmedReports reports, IAuditTrail audit,
        CurrentActor actor, TimeProvider clock, CancellationToken ct) =>
        Step(id, "opinion", request.Opinion, db, policies, audit, "joint-review", ct, async (a, opinion) =>
        {
            // Checked first so a joint review out of order is refused as such, not for want of a report.
            SeedWork.BusinessRules.Check(new StepsFollowTheOrder(AssessmentStep.JointReview, a.AllowedSteps()));
            var (report, version) = await reports.LatestAnnualAsync(a.ContractId, ct);
            var policy = policies.Resolve(a.Standard.PolicyPackId, a.Standard.SignedOn);
            a.RecordJointReview(AssessmentEvaluator.Evaluate(policy, a.Standard, report, version), actor.ToDomainActor(), clock.GetUtcNow(), opinion);
        });

    private static async Task<Results<Ok<AssessmentResponse>, ValidationProblem, ProblemHttpResult>> MakeUp(
        Guid id, FiscalMakeUpRequest request, MonitoringDbContext db, MonitoringPolicyCatalog policies, IAuditTrail audit, CurrentActor actor,
        TimeProvider clock, CancellationToken ct)
    {
        var errors = new ValidationErrors();
        var amount = errors.Positive("amountYuan", request.AmountYuan);
        var paidOn = errors.Required("paidOn", request.PaidOn);
        var receipt = errors.Required("receipt", request.Receipt, maxLength: 200);
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        return await Step(id, null, null, db, policies, audit, "fiscal-make-up", ct, (a, _) =>
        {
            var policy = policies.Resolve(a.Standard.PolicyPackId, a.Standard.SignedOn);
            a.RecordFiscalMakeUp(policy, new FiscalMakeUp(amount!.Value, paidOn!.Value, receipt!, actor.ToDomainActor(), clock.GetUtcNow()));
            return Task.CompletedTask;
        });
    }

    private static async Task<Results<Ok<AssessmentResponse>, ValidationProblem, ProblemHttpResult>> GovernmentReview(
        Guid id, GovernmentReviewRequest request, MonitoringDbContext db, MonitoringPolicyCatalog policies, IAuditTrail audit, CurrentActor actor,
        TimeProvider clock, CancellationToken ct)
    {
        var errors = new ValidationErrors();
        var type = errors.Required("document.type", request.Document?.Type, maxLength: 100);
        var number = errors.Required("document.number", request.Document?.Number, maxLength: 100);
        var date = errors.Required("document.date", request.Document?.Date);
        (AssessmentOutcome, string)? overrule = null;
        if (request.Overrule is { } o)
        {
            var decided = Enum.TryParse<AssessmentOutcome>(o.Decided, ignoreCase: false, out var outcome) && Enum.IsDefined(outcome) ? outcome : (AssessmentOutcome?)null;
            if (decided is null)
            {
                errors.Add("overrule.decided", "must be Passed or Failed");
            }

            // Overruling the bureaus' joint review needs its reason on record (研究审定 is a reasoned decision).
            var reason = errors.Required("overrule.reason", o.Reason, maxLength: 4000);
            overrule = decided is { } d && reason is not null ? (d, reason) : null;
        }

        if (errors.Any)
        {
            return errors.ToProblem();
        }

        return await Step(id, "opinion", request.Opinion, db, policies, audit, "government-review", ct, (a, opinion) =>
        {
            var policy = policies.Resolve(a.Standard.PolicyPackId, a.Standard.SignedOn);
            a.RecordGovernmentReview(policy, new DecisionDocument(type!, number!, date!.Value), actor.ToDomainActor(), clock.GetUtcNow(), opinion, overrule);
            AssessmentEvents.StageDecision(db, a);
            return Task.CompletedTask;
        });
    }

    private static async Task<Results<Ok<AssessmentResponse>, ValidationProblem, ProblemHttpResult>> Step(
        Guid id, string? opinionField, string? opinion, MonitoringDbContext db, MonitoringPolicyCatalog policies, IAuditTrail audit, string step,
        CancellationToken ct, Func<Assessment, string, Task> record)
    {
        var errors = new ValidationErrors();
        var text = opinionField is null ? string.Empty : errors.Required(opinionField, opinion, maxLength: 4000);
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        if (await db.Assessments.FindAsync([id], ct) is not { } assessment)
        {
            return MonitoringProblems.NotFound($"There is no assessment {id}.");
        }

        await record(assessment, text!);
        audit.Record(new AuditEntry($"monitoring.assessment.{step}", "assessment", id.ToString(),
            After: assessment.Outcome is { } outcome
                ? $"{outcome}{(assessment.Final ? " final" : string.Empty)}{(assessment.Overrule is { } o ? $" (overruling the joint review: {o.Reason})" : string.Empty)}"
                : step));
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(Respond(assessment, policies));
    }

    private static async Task<Results<Ok<AssessmentResponse>, ProblemHttpResult>> Get(
        Guid id, MonitoringDbContext db, MonitoringPolicyCatalog policies, CurrentActor actor, CancellationToken ct) =>
        await db.Assessments.AsNoTracking().VisibleTo(actor).FirstOrDefaultAsync(a => a.Id == id, ct) is { } assessment
            ? TypedResults.Ok(Respond(assessment, policies))
            : MonitoringProblems.NotFound($"There is no assessment {id}.");

    private static async Task<Ok<List<AssessmentResponse>>> List(
        Guid? contractId, MonitoringDbContext db, MonitoringPolicyCatalog policies, CurrentActor actor, CancellationToken ct)
    {
        var query = db.Assessments.AsNoTracking().VisibleTo(actor);
        if (contractId is { } c)
        {
            query = query.Where(a => a.ContractId == c);
        }

        return TypedResults.Ok((await query.OrderBy(a => a.Id).Take(500).ToListAsync(ct)).Select(a => Respond(a, policies)).ToList());
    }

    private static AssessmentResponse Respond(Assessment a, MonitoringPolicyCatalog policies) =>
        AssessmentResponse.From(a, a.Result is { Passed: false } result && !a.IsDecided
            ? AssessmentEvaluator.MakeUpDue(result, policies.Resolve(a.Standard.PolicyPackId, a.Standard.SignedOn))
            : null);
}
