using Grpc.Core;
using LandPlatform.IntegrationContracts.Credit;

namespace LandPlatform.Contracts.Infrastructure;

/// <summary>
/// Asks the credit office, over gRPC (<c>CreditCheck.Check</c>, the contracts service identity holds the
/// CreditCheck permission), whether an enterprise is barred from land: a supply's winner, a transferee, a tenant.
/// </summary>
public sealed class CreditOffice(CreditCheck.CreditCheckClient client)
{
    // The clerk waits for the answer: a few seconds at most.
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(5);

    /// <exception cref="CreditOfficeUnavailableException">The credit service could not answer in time.</exception>
    public async Task<bool> IsListedAsync(string uscc, CancellationToken ct)
    {
        try
        {
            // The real clock, not the injected TimeProvider: tests move that one to other dates.
            var response = await client.CheckAsync(new CheckRequest { Uscc = uscc }, deadline: DateTime.UtcNow + Deadline, cancellationToken: ct);
            return response.Blacklisted;
        }
        catch (RpcException ex) when (ex.StatusCode is StatusCode.Unavailable or StatusCode.DeadlineExceeded)
        {
            throw new CreditOfficeUnavailableException(ex);
        }
    }
}

public sealed class CreditOfficeUnavailableException(Exception inner)
    : Exception("The credit office could not be asked whether the enterprise is blacklisted.", inner);
