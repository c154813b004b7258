using Grpc.Core;
using LandPlatform.IntegrationContracts.Credit;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LandPlatform.CreditChecks;

/// <summary>
/// Asks the credit office, over gRPC (<c>CreditCheck.Check</c>; the caller's service identity holds the CreditCheck
/// permission), whether an enterprise is barred from land right now — itself or through a related subject (its
/// legal representative, a controlling or controlled company). Admission asks before taking an application in and
/// approving it; contracts before recording a sale's winner, a transferee or a tenant.
/// </summary>
public sealed class CreditOffice(CreditCheck.CreditCheckClient client)
{
    // The caller waits for the answer while the clerk waits for the page: a few seconds at most.
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(5);

    /// <exception cref="CreditOfficeUnavailableException">The credit service could not answer in time.</exception>
    public async Task<BlacklistVerdict> CheckAsync(string uscc, CancellationToken ct, TimeSpan? deadline = null)
    {
        try
        {
            var response = await client.CheckAsync(
                new CheckRequest { Uscc = uscc },
                // The real clock, not the injected TimeProvider: tests move that one to other dates.
                deadline: DateTime.UtcNow + (deadline ?? Deadline),
                cancellationToken: ct);
            return new BlacklistVerdict(
                response.Blacklisted,
                response.Listings.Select(Cite).ToList(),
                response.RelatedSubjectHits.Select(h => new BlacklistVerdict.RelatedHit(h.RelatedUscc, Describe(h.Relation), Cite(h.Listing))).ToList());
        }
        catch (RpcException ex) when (ex.StatusCode is StatusCode.Unavailable or StatusCode.DeadlineExceeded)
        {
            throw new CreditOfficeUnavailableException(ex);
        }
    }

    /// <summary>The verdict, or null when the credit office cannot answer in time (the caller stores nothing).</summary>
    public async Task<BlacklistVerdict?> TryCheckAsync(string uscc, CancellationToken ct)
    {
        try
        {
            return await CheckAsync(uscc, ct);
        }
        catch (CreditOfficeUnavailableException)
        {
            return null;
        }
    }

    /// <summary>
    /// 503: nothing is decided without the blacklist answer (an application is not taken in, an approval not given).
    /// </summary>
    public static ProblemHttpResult Unavailable(string consequence) => TypedResults.Problem(
        statusCode: StatusCodes.Status503ServiceUnavailable,
        title: "The credit office is unavailable",
        detail: $"The blacklist check could not be made, so {consequence}. Try again shortly.");

    private static BlacklistVerdict.ListingCitation Cite(Listing listing) => new(
        listing.ListingId,
        listing.Reason,
        listing.ListedAt?.ToDateTimeOffset() ?? DateTimeOffset.MinValue,
        listing.Document is { Number.Length: > 0 } document ? $"{document.Type} {document.Number}" : null);

    private static string Describe(SubjectRelation relation) => relation switch
    {
        SubjectRelation.SameLegalRepresentative => "same legal representative",
        SubjectRelation.ControlledByTheEnterprise => "controlled by the enterprise",
        SubjectRelation.ControlsTheEnterprise => "controls the enterprise",
        _ => "related",
    };
}

public sealed class CreditOfficeUnavailableException(Exception inner)
    : Exception("The credit office could not be asked whether the enterprise is blacklisted.", inner);
