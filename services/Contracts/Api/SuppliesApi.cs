using LandPlatform.Auditing;
using LandPlatform.Contracts.Api.Contracts;
using LandPlatform.Contracts.Application;
using LandPlatform.Contracts.Domain;
using LandPlatform.Contracts.Domain.Deadlines;
using LandPlatform.Contracts.Domain.Rules;
using LandPlatform.Contracts.Infrastructure;
using LandPlatform.Contracts.Policies;
using LandPlatform.CreditChecks;
using LandPlatform.IntegrationContracts.Events;
using LandPlatform.Messaging.Outbox;
using LandPlatform.SeedWork;
using LandPlatform.ServiceDefaults.Problems;
using LandPlatform.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace LandPlatform.Contracts.Api;

/// <summary>
/// 成交确认书: a planning clerk records the outcome of a parcel's public sale. The winner must hold an approved
/// qualification for the parcel (admission's ApplicationApproved, kept locally) and not be listed (credit's
/// Check over gRPC); the price may not be below pricing's reserve price (ReservePriceSet, kept locally). Then the
/// supervision contract is drafted from the supply and the qualification.
/// </summary>
public static class SuppliesApi
{
    public static RouteGroupBuilder MapSuppliesApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/supplies").WithTags("Supplies").WithBusinessRuleProblems().WithContractProblems();
        group.MapPost("/", Record).RequirePermission(Permissions.ContractsWrite);
        group.MapGet("/{id:guid}", Get).RequirePermission(Permissions.ContractsRead);
        group.MapPost("/{id:guid}/contract", DraftContract).RequirePermission(Permissions.ContractsWrite);
        return group;
    }

    private static async Task<Results<Created<SupplyResponse>, ValidationProblem, ProblemHttpResult>> Record(
        RecordSupplyRequest request, ContractsDbContext db, ContractsPolicyCatalog packs, CreditOffice credit, IAuditTrail audit,
        CurrentActor actor, TimeProvider clock, CancellationToken ct)
    {
        var today = clock.Today();
        var errors = new ValidationErrors();
        var applicationId = errors.Required("applicationId", request.ApplicationId);
        var uscc = errors.Uscc("uscc", request.Uscc);
        var parcel = errors.Required("parcelCode", request.ParcelCode, maxLength: 100);
        var mode = errors.Required("supplyMode", request.SupplyMode, maxLength: 32);
        if (mode is not null && !SupplyModes.IsKnown(mode))
        {
            errors.Add("supplyMode", $"must be one of {SupplyModes.Grant}, {SupplyModes.Lease}, {SupplyModes.LeaseThenTransfer}");
        }

        var price = errors.Positive("transactionPrice", request.TransactionPrice);
        var date = errors.Required("transactionDate", request.TransactionDate);
        if (date > today)
        {
            errors.Add("transactionDate", $"is after today ({today:yyyy-MM-dd}); record the sale when it has closed");
        }

        var confirmation = errors.Required("confirmationNumber", request.ConfirmationNumber, maxLength: 100);
        var term = errors.Required("termYears", request.TermYears);
        if (term is <= 0 or > 70)
        {
            errors.Add("termYears", "must be between 1 and 70");
        }

        if (mode == SupplyModes.LeaseThenTransfer && request.LeaseYears is not (>= 1 and <= 5))
        {
            errors.Add("leaseYears", "is required for LeaseThenTransfer and at most 5 years (北京市工业用地先租后让指导意见 三（三）)");
        }

        var instalments = (request.Instalments ?? []).Select((r, i) =>
            new InstalmentTerm(i + 1, errors.Required($"instalments[{i}].dueOn", r.DueOn) ?? default, errors.Required($"instalments[{i}].amount", r.Amount) ?? 0)).ToList();
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var qualification = await db.Qualifications.FindAsync([applicationId!.Value], ct);
        BusinessRules.Check(new WinnerMustHoldAnApprovedQualification(qualification, uscc!.Value.Value, parcel!));
        var policy = packs.Latest(qualification!.PolicyPackId);
        if (policy is null)
        {
            errors.Add("applicationId", $"the qualification's policy pack {qualification.PolicyPackId} has no contracts rules");
            return errors.ToProblem();
        }

        foreach (var (field, problem) in Instalments.Check(instalments, date!.Value, price!.Value))
        {
            errors.Add(field, problem);
        }

        if (errors.Any)
        {
            return errors.ToProblem();
        }

        Instalments.CheckAgainst(policy, instalments, date.Value);
        BusinessRules.Check(new ASupplyIsRecordedOncePerApplication(await db.Supplies.AnyAsync(s => s.ApplicationId == applicationId, ct)));
        BusinessRules.Check(new PriceMustNotBeBelowTheReserve(price.Value, await db.ReservePrices.FindAsync([applicationId.Value], ct)));
        BusinessRules.Check(new WinnerMustNotBeListed(uscc.Value.Value, await credit.CheckAsync(uscc.Value.Value, ct)));

        var supply = new SupplyResult(Guid.CreateVersion7(), applicationId.Value, uscc.Value.Value, parcel!, mode!, price.Value, date.Value, confirmation!)
        {
            TermYears = term!.Value,
            LeaseYears = request.LeaseYears,
            AdministrativeArea = request.AdministrativeArea,
            ElectronicSupervisionNumber = request.ElectronicSupervisionNumber,
            Location = request.Location,
            LandSource = request.LandSource,
            LandGrade = request.LandGrade,
            FloorAreaRatioLower = request.FloorAreaRatioLower,
            FloorAreaRatioUpper = request.FloorAreaRatioUpper,
            AgreedDeliveryDate = request.AgreedDeliveryDate,
            ApprovingAuthority = request.ApprovingAuthority,
            Instalments = instalments,
            RecordedById = actor.PersonId ?? "anonymous",
            RecordedByName = actor.Name ?? actor.PersonId ?? "anonymous",
            RecordedAt = clock.GetUtcNow(),
        };
        db.Supplies.Add(supply);
        db.AddIntegrationEvent(ContractEvents.Supplied(supply, qualification, policy));
        audit.Record(new AuditEntry("contracts.supply.record", "supply", supply.Id.ToString(),
            After: AuditSummary.Json(new { supply.ApplicationId, supply.Uscc, supply.ParcelCode, supply.TransactionPrice, supply.ConfirmationNumber })));
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/supplies/{supply.Id}", SupplyResponse.From(supply));
    }

    private static async Task<Results<Ok<SupplyResponse>, ProblemHttpResult>> Get(Guid id, ContractsDbContext db, CancellationToken ct) =>
        await db.Supplies.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, ct) is { } supply
            ? TypedResults.Ok(SupplyResponse.From(supply))
            : ContractProblems.NotFound("supply", id);

    private static async Task<Results<Created<ContractResponse>, ValidationProblem, ProblemHttpResult>> DraftContract(
        Guid id, DraftContractRequest request, ContractsDbContext db, ContractsPolicyCatalog packs, IAuditTrail audit,
        CurrentActor actor, TimeProvider clock, CancellationToken ct)
    {
        var errors = new ValidationErrors();
        if (request.StartWithinMonths is <= 0 or > 60)
        {
            errors.Add("startWithinMonths", "must be between 1 and 60");
        }

        if (request.CompleteWithinMonths is <= 0 or > 120)
        {
            errors.Add("completeWithinMonths", "must be between 1 and 120");
        }

        if (request.FloorAreaM2 is <= 0)
        {
            errors.Add("floorAreaM2", "must be greater than 0");
        }

        if (errors.Any)
        {
            return errors.ToProblem();
        }

        if (await db.Supplies.FirstOrDefaultAsync(s => s.Id == id, ct) is not { } supply)
        {
            return ContractProblems.NotFound("supply", id);
        }

        BusinessRules.Check(new OneContractPerSupply(await db.Contracts.AnyAsync(c => c.SupplyId == id, ct)));
        var qualification = await db.Qualifications.FindAsync([supply.ApplicationId], ct)
            ?? throw new InvalidOperationException($"The qualification of supply {id} is gone.");
        var policy = packs.Latest(qualification.PolicyPackId)!;
        var contract = SupervisionContract.Draft(
            Guid.CreateVersion7(), supply, qualification, policy, request.StartWithinMonths, request.CompleteWithinMonths, request.FloorAreaM2,
            actor.ToDomainActor(), clock.Today(), clock.GetUtcNow());
        db.Contracts.Add(contract);
        audit.Record(new AuditEntry("contracts.contract.draft", "contract", contract.Id.ToString(),
            After: AuditSummary.Json(new { contract.SupplyId, contract.Uscc, contract.ParcelCode, contract.DepositAmount, contract.PolicyPackId })));
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/contracts/{contract.Id}", ContractResponse.From(contract, policy, clock.Today()));
    }

    public static Actor ToDomainActor(this CurrentActor actor) =>
        new(actor.PersonId ?? "anonymous", string.IsNullOrWhiteSpace(actor.Name) ? actor.PersonId ?? "anonymous" : actor.Name);
}
