using System.Globalization;
using Grpc.Core;
using LandPlatform.IntegrationContracts.Contracts;
using LandPlatform.Monitoring.Domain.Assessments;
using DomainIndicator = LandPlatform.IntegrationContracts.Indicators.CommittedIndicator;

namespace LandPlatform.Monitoring.Infrastructure;

/// <summary>Asks contracts, over gRPC (ContractCommitments.GetCommitments), what an enterprise committed to.</summary>
public sealed class ContractsOffice(ContractCommitments.ContractCommitmentsClient client)
{
    // A clerk waits for the page while contracts answers: a few seconds at most.
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(5);

    /// <summary>The contract's committed standard, or null when contracts knows no such contract.</summary>
    /// <exception cref="ContractsOfficeUnavailableException">Contracts could not answer in time.</exception>
    public async Task<CommittedStandard?> CommitmentsAsync(Guid contractId, CancellationToken ct)
    {
        try
        {
            var response = await client.GetCommitmentsAsync(
                new GetCommitmentsRequest { ContractId = contractId.ToString() },
                // The real clock, not the injected TimeProvider: tests move that one to other dates.
                deadline: DateTime.UtcNow + Deadline,
                cancellationToken: ct);
            return ToStandard(response);
        }
        catch (RpcException ex) when (ex.StatusCode == StatusCode.NotFound)
        {
            return null;
        }
        // Unimplemented: a contracts build that does not serve GetCommitments yet; for the clerk it is as good as down.
        catch (RpcException ex) when (ex.StatusCode is StatusCode.Unavailable or StatusCode.DeadlineExceeded or StatusCode.Unimplemented)
        {
            throw new ContractsOfficeUnavailableException(ex);
        }
    }

    internal static CommittedStandard ToStandard(Commitments c) => new(
        Guid.Parse(c.ContractId),
        c.Uscc,
        c.EnterpriseName,
        c.ParcelCode,
        string.IsNullOrWhiteSpace(c.PolicyPackId) ? null : c.PolicyPackId,
        c.SupplyMode,
        Decimal(c.LandAreaM2) ?? 0m,
        Decimal(c.DevelopedLandAreaM2),
        Decimal(c.FloorAreaM2),
        Decimal(c.SelfHeldSharePercent),
        c.Indicators.Select(i => new DomainIndicator(i.Code, Decimal(i.Value) ?? 0m, i.Unit, i.Clause)).ToList(),
        Date(c.SignedOn) ?? DateOnly.MinValue,
        Date(c.CompletedOn),
        Date(c.AssessmentWindowOpensOn),
        Date(c.AssessmentWindowClosesOn),
        c.State,
        Decimal(c.TransactionPrice));

    // Decimals travel as invariant strings and days as ISO dates (contracts.proto); empty means not known.
    private static decimal? Decimal(string text) =>
        string.IsNullOrWhiteSpace(text) ? null : decimal.Parse(text, NumberStyles.Number, CultureInfo.InvariantCulture);

    private static DateOnly? Date(string text) =>
        string.IsNullOrWhiteSpace(text) ? null : DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}

public sealed class ContractsOfficeUnavailableException(Exception inner)
    : Exception("Contracts could not be asked what the enterprise committed to.", inner);
