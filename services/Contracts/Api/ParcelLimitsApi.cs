using LandPlatform.Auditing;
using LandPlatform.Contracts.Api.Contracts;
using LandPlatform.Contracts.Domain;
using LandPlatform.Contracts.Domain.Limits;
using LandPlatform.Contracts.Infrastructure;
using LandPlatform.Contracts.Policies;
using LandPlatform.CreditChecks;
using LandPlatform.SeedWork;
using LandPlatform.ServiceDefaults.Problems;
using LandPlatform.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LandPlatform.Contracts.Api;

/// <summary>
/// Transfers, subdivisions, leases to tenants and mortgages of a contracted parcel (RULES.md §3): each request
/// is checked against the pack's limits and the counterparty's credit standing; a refusal is a 409 naming every
/// rule it breaks. An approved transfer is recorded (it counts against later ones).
/// </summary>
internal static class ParcelLimitsApi
{
    public static void MapParcelLimitsApi(this RouteGroupBuilder group)
    {
        group.MapPost("/{id:guid}/transfers", Transfer).RequirePermission(Permissions.ContractsWrite);
        group.MapPost("/{id:guid}/leases", Lease).RequirePermission(Permissions.ContractsWrite);
        group.MapPost("/{id:guid}/mortgages", Mortgage).RequirePermission(Permissions.ContractsWrite);
    }

    private static async Task<Results<Ok<LimitCheckResponse>, ValidationProblem, ProblemHttpResult>> Transfer(
        Guid id, TransferCheckRequest request, ContractsDbContext db, ContractsPolicyCatalog packs, CreditOffice credit, IAuditTrail audit,
        TimeProvider clock, CancellationToken ct)
    {
        var errors = new ValidationErrors();
        TransferKind? kind = request.Kind switch
        {
            nameof(TransferKind.Whole) => TransferKind.Whole,
            nameof(TransferKind.Subdivision) => TransferKind.Subdivision,
            _ => null,
        };
        if (kind is null)
        {
            errors.Add("kind", "must be Whole or Subdivision");
        }

        var units = request.UnitFloorAreasM2 ?? [];
        if (kind == TransferKind.Subdivision && (units.Count == 0 || units.Any(u => u <= 0)))
        {
            errors.Add("unitFloorAreasM2", "must list each unit's floor area (m², greater than 0)");
        }

        var transferee = errors.Uscc("transfereeUscc", request.TransfereeUscc);
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        if (await ContractStore.FindAsync(db, id, ct) is not { } contract)
        {
            return ContractProblems.NotFound("contract", id);
        }

        var today = clock.Today();
        var policy = ContractStore.PolicyOf(packs, contract);
        var transfer = new TransferRequest(kind!.Value, units, request.IncludesSupportingFloorArea, request.TransfereeInCatalog,
            (await credit.CheckAsync(transferee!.Value.Value, ct)).Barred, transferee.Value.Value, request.SupervisionGroupConsented, request.BankruptcyOrCourtOrder, today);
        var refusals = ParcelLimits.CheckTransfer(transfer, contract.Standing(today, policy), policy);
        if (refusals.Count > 0)
        {
            return ContractProblems.LimitsBroken(refusals);
        }

        contract.RecordTransfer(transfer);
        audit.Record(new AuditEntry("contracts.contract.transfer", "contract", contract.Id.ToString(),
            After: AuditSummary.Json(new { Kind = kind.ToString(), FloorAreaM2 = transfer.FloorAreaM2, Transferee = transferee.Value.Value })));
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(new LimitCheckResponse(true, []));
    }

    private static async Task<Results<Ok<LimitCheckResponse>, ValidationProblem, ProblemHttpResult>> Lease(
        Guid id, LeaseCheckRequest request, ContractsDbContext db, ContractsPolicyCatalog packs, CreditOffice credit, IAuditTrail audit,
        TimeProvider clock, CancellationToken ct)
    {
        var errors = new ValidationErrors();
        var rent = errors.Positive("rentPerM2", request.RentPerM2);
        var office = errors.Positive("officeRentPerM2", request.OfficeRentPerM2);
        var tenant = errors.Uscc("tenantUscc", request.TenantUscc);
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        if (await ContractStore.FindAsync(db, id, ct) is not { } contract)
        {
            return ContractProblems.NotFound("contract", id);
        }

        var policy = ContractStore.PolicyOf(packs, contract);
        var lease = new LeaseRequest(rent!.Value, office!.Value, request.TenantInCatalog, (await credit.CheckAsync(tenant!.Value.Value, ct)).Barred, tenant.Value.Value);
        var refusals = ParcelLimits.CheckLease(lease, contract.Standing(clock.Today(), policy), policy);
        if (refusals.Count > 0)
        {
            return ContractProblems.LimitsBroken(refusals);
        }

        audit.Record(new AuditEntry("contracts.contract.lease", "contract", contract.Id.ToString(), After: AuditSummary.Json(lease)));
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(new LimitCheckResponse(true, []));
    }

    private static async Task<Results<Ok<LimitCheckResponse>, ValidationProblem, ProblemHttpResult>> Mortgage(
        Guid id, MortgageCheckRequest request, ContractsDbContext db, ContractsPolicyCatalog packs, IAuditTrail audit, TimeProvider clock, CancellationToken ct)
    {
        var errors = new ValidationErrors();
        var value = errors.Positive("value", request.Value);
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        if (await ContractStore.FindAsync(db, id, ct) is not { } contract)
        {
            return ContractProblems.NotFound("contract", id);
        }

        var policy = ContractStore.PolicyOf(packs, contract);
        var refusals = ParcelLimits.CheckMortgage(new MortgageRequest(value!.Value), contract.Standing(clock.Today(), policy), policy);
        if (refusals.Count > 0)
        {
            return ContractProblems.LimitsBroken(refusals);
        }

        audit.Record(new AuditEntry("contracts.contract.mortgage", "contract", contract.Id.ToString(), After: AuditSummary.Json(new { Value = value })));
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(new LimitCheckResponse(true, []));
    }
}
