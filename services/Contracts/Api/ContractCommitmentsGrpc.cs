using System.Globalization;
using Grpc.Core;
using LandPlatform.Contracts.Domain;
using LandPlatform.Contracts.Infrastructure;
using LandPlatform.IntegrationContracts.Contracts;
using LandPlatform.ServiceDefaults.Security;
using Proto = LandPlatform.IntegrationContracts.Contracts;

namespace LandPlatform.Contracts.Api;

/// <summary>
/// <c>landplatform.contracts.v1.ContractCommitments</c>: what an enterprise committed to, for monitoring's
/// assessment — the indicators with their units and clauses, land and floor area, the dates, supply mode and
/// self-held share. Dates as ISO days, decimals as invariant strings (the proto's conventions).
/// </summary>
public sealed class ContractCommitmentsGrpc(ContractsDbContext db) : ContractCommitments.ContractCommitmentsBase
{
    public override async Task<Commitments> GetCommitments(GetCommitmentsRequest request, ServerCallContext context)
    {
        if (!Guid.TryParse(request.ContractId, out var id))
        {
            throw new RpcException(new Status(StatusCode.InvalidArgument, $"contract_id '{request.ContractId}' is not a GUID"));
        }

        var contract = await ContractStore.FindAsync(db, id, context.CancellationToken)
            ?? throw new RpcException(new Status(StatusCode.NotFound, $"there is no contract {id}"));
        var response = new Commitments
        {
            ContractId = contract.Id.ToString(),
            Uscc = contract.Uscc,
            EnterpriseName = contract.EnterpriseName ?? "",
            ParcelCode = contract.ParcelCode,
            PolicyPackId = contract.PolicyPackId,
            SupplyMode = contract.SupplyMode,
            LandAreaM2 = Number(contract.LandAreaM2),
            // Not phased yet: the whole parcel is the developed area (empty = all, as the proto says).
            DevelopedLandAreaM2 = "",
            FloorAreaM2 = Number(contract.FloorAreaM2),
            SelfHeldSharePercent = contract.SelfHeldSharePercent is { } share ? Number(share) : "",
            SignedOn = Day(contract.SignedOn),
            DeliveredOn = Day(contract.DeliveredOn),
            AgreedStartBy = Day(contract.AgreedStartBy),
            StartedOn = Day(contract.StartedOn),
            AgreedCompletionBy = Day(contract.AgreedCompletionBy),
            CompletedOn = Day(contract.CompletedOn),
            AssessmentWindowOpensOn = Day(contract.AssessmentWindowOpensOn),
            AssessmentWindowClosesOn = Day(contract.AssessmentWindowClosesOn),
            State = contract.State.ToString(),
            TransactionPrice = Number(contract.TransactionPrice),
            TermYears = contract.TermYears,
            LandUse = contract.LandUse ?? "",
        };
        response.Indicators.AddRange(contract.Indicators.Select(i => new Proto.CommittedIndicator
        {
            Code = i.Code,
            Value = Number(i.Value),
            Unit = i.Unit,
            Clause = i.Clause,
        }));
        return response;
    }

    // G29 drops the trailing zeros a database may add (SQLite keeps decimals as text, "20000.0"): the same number, one spelling.
    private static string Number(decimal value) => value.ToString("G29", CultureInfo.InvariantCulture);

    private static string Day(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";
}

/// <summary>Only callers holding <see cref="Permissions.ContractsCommitmentsGet"/> (monitoring's service identity) reach it.</summary>
public static class ContractCommitmentsGrpcExtensions
{
    public static void MapContractCommitmentsGrpc(this IEndpointRouteBuilder app) =>
        app.MapGrpcService<ContractCommitmentsGrpc>().RequirePermission(Permissions.ContractsCommitmentsGet);
}
