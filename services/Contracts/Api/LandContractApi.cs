using LandPlatform.Auditing;
using LandPlatform.Contracts.Api.Contracts;
using LandPlatform.Contracts.Application;
using LandPlatform.Contracts.Infrastructure;
using LandPlatform.Contracts.Policies;
using LandPlatform.Documents;
using LandPlatform.ServiceDefaults.Problems;
using LandPlatform.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LandPlatform.Contracts.Api;

/// <summary>
/// The land contract (国有建设用地使用权出让合同 / 租赁合同) planning signs after the supervision contract, its
/// printable text, the land price paid under it (instalments, Binhai 第十条), the registration that needs the whole
/// price paid, and the term renewal application (seed 000 五（四）). Each is a dated step through
/// <see cref="ContractsApi.TakeStepAsync"/>: checked first, then the change, its events and its audit record together.
/// </summary>
internal static class LandContractApi
{
    public static void MapLandContractApi(this RouteGroupBuilder group)
    {
        group.MapPost("/{id:guid}/land-contract", SignLandContract).RequirePermission(Permissions.ContractsSign);
        group.MapGet("/{id:guid}/land-contract/document", Document).RequirePermission(Permissions.ContractsRead);
        group.MapPost("/{id:guid}/payments", RecordPayment).RequirePermission(Permissions.ContractsWrite);
        ContractsApi.Step(group, "registration", Permissions.ContractsWrite, (c, s) => { c.RegisterTitle(s.On, s.Policy, s.Actor, s.Today, s.Now); return []; });
        // The enterprise applies to keep its land (seed 000 五（四） 入园企业…申请续期); a leader may lodge it for it.
        ContractsApi.Step(group, "term-renewal", Permissions.ContractsSign, (c, s) => { c.ApplyForTermRenewal(s.On, s.Policy, s.Actor, s.Today, s.Now); return []; });
    }

    private static Task<Results<Ok<ContractResponse>, ValidationProblem, ProblemHttpResult>> SignLandContract(
        Guid id, LandContractRequest request, ContractsDbContext db, ContractsPolicyCatalog packs, IAuditTrail audit, CurrentActor actor,
        TimeProvider clock, CancellationToken ct)
    {
        var errors = new ValidationErrors();
        var number = errors.Required("number", request.Number, maxLength: 100);
        if (errors.Any)
        {
            return Task.FromResult<Results<Ok<ContractResponse>, ValidationProblem, ProblemHttpResult>>(errors.ToProblem());
        }

        return ContractsApi.TakeStepAsync(id, request.On, "on", "contracts.contract.land-contract", db, packs, audit, actor, clock, (c, s) =>
        {
            c.SignLandContract(number!, s.Bureau, s.On, s.Actor, s.Today, s.Now);
            return [ContractEvents.Signed(c, c.LandContractKind, s.On)];
        }, ct);
    }

    private static Task<Results<Ok<ContractResponse>, ValidationProblem, ProblemHttpResult>> RecordPayment(
        Guid id, PaymentRequest request, ContractsDbContext db, ContractsPolicyCatalog packs, IAuditTrail audit, CurrentActor actor,
        TimeProvider clock, CancellationToken ct)
    {
        var errors = new ValidationErrors();
        var amount = errors.Positive("amount", request.Amount);
        if (errors.Any)
        {
            return Task.FromResult<Results<Ok<ContractResponse>, ValidationProblem, ProblemHttpResult>>(errors.ToProblem());
        }

        return ContractsApi.TakeStepAsync(id, request.On, "on", "contracts.contract.payment", db, packs, audit, actor, clock, (c, s) =>
        {
            c.RecordPayment(s.On, amount!.Value, s.Actor, s.Today, s.Now);
            return [];
        }, ct);
    }

    /// <summary>The printable land contract (出让合同 or 租赁合同): HTML, or PDF with ?format=pdf (the shared printer).</summary>
    private static Task<IResult> Document(
        Guid id, HttpRequest http, PdfPrinter printer, ContractsDbContext db, ContractsPolicyCatalog packs, CurrentActor actor, CancellationToken ct) =>
        ContractsApi.SendDocumentAsync(id, http, printer, db, packs, actor, Documents.LandContractDocument.Render, ct);
}
