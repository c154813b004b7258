using LandPlatform.Auditing;
using LandPlatform.Contracts.Api.Contracts;
using LandPlatform.Contracts.Application;
using LandPlatform.Contracts.Domain;
using LandPlatform.Contracts.Domain.Lifecycle;
using LandPlatform.Contracts.Domain.Policy;
using LandPlatform.Contracts.Infrastructure;
using LandPlatform.Contracts.Policies;
using LandPlatform.Documents;
using LandPlatform.IntegrationContracts.Events;
using LandPlatform.Messaging.Outbox;
using LandPlatform.SeedWork;
using LandPlatform.ServiceDefaults.Problems;
using LandPlatform.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace LandPlatform.Contracts.Api;

/// <summary>
/// A supervision contract's life, one resource per step: each records the day it happened, checks the state
/// machine and the step's rules before anything changes, and commits the change, its events (outbox) and its
/// audit record in one SaveChanges. The enterprise signs and reports only for itself.
/// </summary>
public static class ContractsApi
{
    public static RouteGroupBuilder MapContractsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/contracts").WithTags("Contracts").WithBusinessRuleProblems().WithContractProblems();
        // Staff and auditors read every contract; an enterprise its own (EnterpriseScope on each, the list filtered).
        group.MapGet("/", List).RequirePermission(Permissions.ContractsRead);
        group.MapGet("/{id:guid}", Get).RequirePermission(Permissions.ContractsRead);
        group.MapGet("/{id:guid}/document", Document).RequirePermission(Permissions.ContractsRead);

        // The supervision contract; the land contract (and ContractSigned) follows it (LandContractApi).
        Step(group, "signature", Permissions.ContractsSign, (c, s) => { c.Sign(s.On, s.Actor, s.Today, s.Now); return []; });
        Step(group, "deposit", Permissions.ContractsWrite, (c, s) => { c.PayDeposit(s.On, s.Actor, s.Today, s.Now); return []; });
        Step(group, "delivery", Permissions.ContractsWrite, (c, s) =>
        {
            c.DeliverLand(s.On, s.Actor, s.Today, s.Now);
            return [ContractEvents.Delivered(c)];
        });
        Step(group, "construction-start", Permissions.ContractsWrite, (c, s) =>
        {
            c.StartConstruction(s.On, s.Actor, s.Today, s.Now);
            return [ContractEvents.Started(c)];
        });
        Step(group, "completion", Permissions.ContractsWrite, (c, s) =>
        {
            c.CompleteConstruction(s.On, s.Actor, s.Today, s.Now);
            return [ContractEvents.Completed(c)];
        });
        Step(group, "production", Permissions.ContractsWrite, (c, s) => { c.StartProduction(s.On, s.Actor, s.Today, s.Now); return []; });
        Step(group, "assessment-application", Permissions.ContractsSign, (c, s) => { c.ApplyForAssessment(s.On, s.Policy, s.Actor, s.Today, s.Now); return []; });
        Step(group, "rectification", Permissions.ContractsWrite, (c, s) => { c.BeginRectification(s.On, s.Actor, s.Today, s.Now); return []; });
        Step(group, "grant", Permissions.ContractsSign, (c, s) =>
        {
            c.ConvertToGrant(s.On, s.Policy, s.Actor, s.Today, s.Now);
            return [ContractEvents.Converted(c, s.On), ContractEvents.Signed(c, "Grant", s.On)];
        });
        group.MapPost("/{id:guid}/exit", Exit).RequirePermission(Permissions.ContractsTerminate);
        group.MapPost("/{id:guid}/progress-reports", ReportProgress).RequirePermission(Permissions.ContractsSign);
        group.MapPost("/{id:guid}/lease-renewal", RenewLease).RequirePermission(Permissions.ContractsWrite);
        group.MapPost("/{id:guid}/government-delay", RecordGovernmentDelay).RequirePermission(Permissions.ContractsWrite);
        group.MapPost("/{id:guid}/termination", Terminate).RequirePermission(Permissions.ContractsTerminate);
        group.MapParcelLimitsApi();
        group.MapLandContractApi();
        return group;
    }

    /// <summary>The contracts an actor may read, newest first: an enterprise sees only its own, whatever it asks for.</summary>
    private static async Task<Results<Ok<ContractSummary[]>, ProblemHttpResult>> List(
        string? uscc, ContractsDbContext db, CurrentActor actor, CancellationToken ct)
    {
        if (actor.IsEnterprise && uscc is not null && EnterpriseScope.Check(actor, uscc) is { } denied)
        {
            return denied;
        }

        var holder = actor.IsEnterprise ? actor.Uscc : uscc?.Trim().ToUpperInvariant();
        var contracts = db.Contracts.AsNoTracking();
        if (holder is not null)
        {
            contracts = contracts.Where(c => c.Uscc == holder);
        }

        var found = await contracts.OrderByDescending(c => c.Id).Take(500).ToListAsync(ct);
        return TypedResults.Ok(found.Select(ContractSummary.From).ToArray());
    }

    private static async Task<Results<Ok<ContractResponse>, ProblemHttpResult>> Get(
        Guid id, ContractsDbContext db, ContractsPolicyCatalog packs, CurrentActor actor, TimeProvider clock, CancellationToken ct)
    {
        if (await ContractStore.FindAsync(db, id, ct) is not { } contract)
        {
            return ContractProblems.NotFound("contract", id);
        }

        return EnterpriseScope.Check(actor, contract.Uscc) is { } denied
            ? denied
            : TypedResults.Ok(ContractResponse.From(contract, ContractStore.PolicyOf(packs, contract), clock.Today()));
    }

    /// <summary>The printable supervision contract (seed 004 附件3): HTML, or PDF with ?format=pdf (the shared printer).</summary>
    private static Task<IResult> Document(
        Guid id, HttpRequest http, PdfPrinter printer, ContractsDbContext db, ContractsPolicyCatalog packs, CurrentActor actor, CancellationToken ct) =>
        SendDocumentAsync(id, http, printer, db, packs, actor, (contract, policy) => new PrintableDocument(
            "履约监管协议", $"contract-{contract.ParcelCode}", Documents.SupervisionContractDocument.Render(contract, policy)), ct);

    /// <summary>A contract's document for whoever may read the contract (an enterprise only its own), from the stored contract and its pack.</summary>
    internal static async Task<IResult> SendDocumentAsync(
        Guid id, HttpRequest http, PdfPrinter printer, ContractsDbContext db, ContractsPolicyCatalog packs, CurrentActor actor,
        Func<SupervisionContract, ContractsPolicy, PrintableDocument> render, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(render);
        if (await ContractStore.FindAsync(db, id, ct) is not { } contract)
        {
            return ContractProblems.NotFound("contract", id);
        }

        if (EnterpriseScope.Check(actor, contract.Uscc) is { } denied)
        {
            return denied;
        }

        return await DocumentResults.SendAsync(render(contract, ContractStore.PolicyOf(packs, contract)), http, printer);
    }

    /// <summary>What a step handler gets: the day it happened, who, the clock's day and instant, the contract's pack.</summary>
    internal sealed record StepContext(DateOnly On, Actor Actor, DateOnly Today, DateTimeOffset Now, ContractsPolicy Policy, string? Bureau);

    internal static void Step(RouteGroupBuilder group, string route, string permission, Func<SupervisionContract, StepContext, IntegrationEvent[]> apply) =>
        group.MapPost($"/{{id:guid}}/{route}", (Guid id, StepRequest request, ContractsDbContext db, ContractsPolicyCatalog packs, IAuditTrail audit,
                CurrentActor actor, TimeProvider clock, CancellationToken ct) =>
            TakeStepAsync(id, request.On, "on", $"contracts.contract.{route}", db, packs, audit, actor, clock, apply, ct))
            .RequirePermission(permission);

    internal static async Task<Results<Ok<ContractResponse>, ValidationProblem, ProblemHttpResult>> TakeStepAsync(
        Guid id, DateOnly? on, string field, string operation, ContractsDbContext db, ContractsPolicyCatalog packs, IAuditTrail audit,
        CurrentActor actor, TimeProvider clock, Func<SupervisionContract, StepContext, IntegrationEvent[]> apply, CancellationToken ct)
    {
        var errors = new ValidationErrors();
        var day = errors.Required(field, on);
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        // The daily job may save the same contract between our read and our save (its revision guards both): the
        // step is then taken again on what is there now, a few times at most, before the 409 reaches the clerk.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await TakeStepOnceAsync(id, day!.Value, operation, db, packs, audit, actor, clock, apply, ct);
            }
            catch (DbUpdateConcurrencyException) when (attempt < 3)
            {
                db.ChangeTracker.Clear();
            }
        }
    }

    private static async Task<Results<Ok<ContractResponse>, ValidationProblem, ProblemHttpResult>> TakeStepOnceAsync(
        Guid id, DateOnly day, string operation, ContractsDbContext db, ContractsPolicyCatalog packs, IAuditTrail audit,
        CurrentActor actor, TimeProvider clock, Func<SupervisionContract, StepContext, IntegrationEvent[]> apply, CancellationToken ct)
    {
        if (await ContractStore.FindAsync(db, id, ct) is not { } contract)
        {
            return ContractProblems.NotFound("contract", id);
        }

        if (EnterpriseScope.Check(actor, contract.Uscc) is { } denied)
        {
            return denied;
        }

        var before = new { State = contract.State.ToString(), DepositStatus = contract.DepositStatus.ToString() };
        var policy = ContractStore.PolicyOf(packs, contract);
        var events = apply(contract, new StepContext(day, actor.ToDomainActor(), clock.Today(), clock.GetUtcNow(), policy, actor.Bureau));
        foreach (var e in events)
        {
            db.AddIntegrationEvent(e);
        }

        audit.Record(new AuditEntry(operation, "contract", contract.Id.ToString(),
            Before: AuditSummary.Json(before),
            After: AuditSummary.Json(new { State = contract.State.ToString(), On = day, DepositStatus = contract.DepositStatus.ToString() })));
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(ContractResponse.From(contract, policy, clock.Today()));
    }

    private static Task<Results<Ok<ContractResponse>, ValidationProblem, ProblemHttpResult>> RenewLease(
        Guid id, RenewalRequest request, ContractsDbContext db, ContractsPolicyCatalog packs, IAuditTrail audit, CurrentActor actor,
        TimeProvider clock, CancellationToken ct)
    {
        if (request.Years is null)
        {
            var errors = new ValidationErrors();
            errors.Add("years", "is required");
            return Task.FromResult<Results<Ok<ContractResponse>, ValidationProblem, ProblemHttpResult>>(errors.ToProblem());
        }

        return TakeStepAsync(id, request.On, "on", "contracts.contract.lease-renewal", db, packs, audit, actor, clock, (c, s) =>
        {
            c.RenewLease(request.Years.Value, s.On, s.Policy, s.Actor, s.Today, s.Now);
            return [];
        }, ct);
    }

    private static async Task<Results<Ok<ContractResponse>, ValidationProblem, ProblemHttpResult>> ReportProgress(
        Guid id, StepRequest request, ContractsDbContext db, ContractsPolicyCatalog packs, IAuditTrail audit, CurrentActor actor, TimeProvider clock,
        CancellationToken ct)
    {
        var errors = new ValidationErrors();
        var on = errors.Required("on", request.On);
        if (on > clock.Today())
        {
            errors.Add("on", "is after today");
        }

        if (errors.Any)
        {
            return errors.ToProblem();
        }

        if (await ContractStore.FindAsync(db, id, ct) is not { } contract)
        {
            return ContractProblems.NotFound("contract", id);
        }

        if (EnterpriseScope.Check(actor, contract.Uscc) is { } denied)
        {
            return denied;
        }

        contract.RecordProgressReport(on!.Value);
        audit.Record(new AuditEntry("contracts.contract.progress-report", "contract", contract.Id.ToString(), After: AuditSummary.Json(new { On = on })));
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(ContractResponse.From(contract, ContractStore.PolicyOf(packs, contract), clock.Today()));
    }

    private static async Task<Results<Ok<ContractResponse>, ValidationProblem, ProblemHttpResult>> RecordGovernmentDelay(
        Guid id, GovernmentDelayRequest request, ContractsDbContext db, ContractsPolicyCatalog packs, IAuditTrail audit, TimeProvider clock,
        CancellationToken ct)
    {
        var errors = new ValidationErrors();
        var evidence = errors.Required("evidence", request.Evidence, maxLength: 2000);
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        if (await ContractStore.FindAsync(db, id, ct) is not { } contract)
        {
            return ContractProblems.NotFound("contract", id);
        }

        contract.RecordGovernmentDelay(evidence!);
        audit.Record(new AuditEntry("contracts.contract.government-delay", "contract", contract.Id.ToString(), After: AuditSummary.Json(new { Evidence = evidence })));
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(ContractResponse.From(contract, ContractStore.PolicyOf(packs, contract), clock.Today()));
    }

    private static async Task<Results<Ok<ContractResponse>, ValidationProblem, ProblemHttpResult>> Terminate(
        Guid id, TerminationRequest request, ContractsDbContext db, ContractsPolicyCatalog packs, IAuditTrail audit, CurrentActor actor,
        TimeProvider clock, CancellationToken ct)
    {
        var errors = new ValidationErrors();
        TerminationCause? cause = null;
        if (string.IsNullOrWhiteSpace(request.Cause))
        {
            errors.Add("cause", "is required");
        }
        else if (!Enum.TryParse<TerminationCause>(request.Cause, ignoreCase: false, out var parsed) || request.Cause.Any(char.IsDigit))
        {
            errors.Add("cause", $"must be one of {string.Join(", ", Enum.GetNames<TerminationCause>())}");
        }
        else
        {
            cause = parsed;
        }

        // 解除合同 rests on a written decision (附件3 五（二） 以书面通知乙方的方式): the credit office lists only on one.
        var type = errors.Required("document.type", request.Document?.Type, maxLength: 100);
        var number = errors.Required("document.number", request.Document?.Number, maxLength: 100);
        var date = errors.Required("document.date", request.Document?.Date);
        if (request.Compensation is < 0)
        {
            errors.Add("compensation", "must not be negative");
        }

        if (date > clock.Today())
        {
            errors.Add("document.date", "is after today");
        }

        if (errors.Any || request.On is null)
        {
            if (request.On is null)
            {
                errors.Add("on", "is required");
            }

            return errors.ToProblem();
        }

        return await TakeStepAsync(id, request.On, "on", "contracts.contract.termination", db, packs, audit, actor, clock, (c, s) =>
        {
            var held = c.DepositStatus == DepositStatus.Held;
            c.Terminate(cause!.Value, s.On, s.Policy, s.Actor, s.Today, s.Now, request.Compensation, request.CompensationReference);
            IntegrationEvent[] terminated = [ContractEvents.Terminated(c, s.On, type, number, date)];
            return held ? [.. terminated, ContractEvents.Forfeited(c, s.On, $"terminated: {cause}")] : terminated;
        }, ct);
    }

    /// <summary>
    /// 先租后让 exit: the lessee leaves before the lease ends, and the remaining rent less the penalty is refunded
    /// (Beijing 三（七）); the figure is pricing's (POST /api/pricing/compensation with leaseRent), cited by its reference.
    /// </summary>
    private static Task<Results<Ok<ContractResponse>, ValidationProblem, ProblemHttpResult>> Exit(
        Guid id, ExitRequest request, ContractsDbContext db, ContractsPolicyCatalog packs, IAuditTrail audit, CurrentActor actor,
        TimeProvider clock, CancellationToken ct)
    {
        var errors = new ValidationErrors();
        if (request.RentRefund is < 0)
        {
            errors.Add("rentRefund", "must not be negative");
        }

        var reference = request.RentRefund is null
            ? null
            : errors.Required("rentRefundReference", request.RentRefundReference, maxLength: 200);
        if (errors.Any)
        {
            return Task.FromResult<Results<Ok<ContractResponse>, ValidationProblem, ProblemHttpResult>>(errors.ToProblem());
        }

        return TakeStepAsync(id, request.On, "on", "contracts.contract.exit", db, packs, audit, actor, clock, (c, s) =>
        {
            c.Exit(s.On, s.Actor, s.Today, s.Now, request.RentRefund, reference);
            return [ContractEvents.Exited(c, s.On)];
        }, ct);
    }
}
