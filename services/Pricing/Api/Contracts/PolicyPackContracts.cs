using LandPlatform.Pricing.Domain.PolicyPacks;

namespace LandPlatform.Pricing.Api.Contracts;

/// <summary>A pack in the list: which document, for which district, in force when, and what it prices.</summary>
public sealed record PolicyPackSummary(
    string Id,
    int Version,
    string District,
    string DocumentTitle,
    string? DocumentNumber,
    DateOnly EffectiveFrom,
    DateOnly? EffectiveTo,
    bool InForceToday,
    IReadOnlyList<string> Computations)
{
    public static PolicyPackSummary From(PolicyPack pack, DateOnly today) => new(
        pack.Id, pack.Version, pack.District, pack.DocumentTitle, pack.DocumentNumber, pack.Effective.From,
        pack.Effective.To, pack.Effective.Covers(today), ComputationsOf(pack.Pricing));

    /// <summary>The endpoints this pack can answer, so a clerk does not try a pack that sets no such rule.</summary>
    private static string[] ComputationsOf(PricingRules rules) =>
    [
        .. rules.BenchmarkReservePrice is not null || rules.AppraisalReservePrice is not null ? ["quotes"] : Array.Empty<string>(),
        .. rules.LeaseThenTransfer is not null ? ["lease-then-transfer"] : Array.Empty<string>(),
        .. rules.PerformanceDeposit is not null ? ["deposits"] : Array.Empty<string>(),
        .. rules.Compensation is not null ? ["compensation"] : Array.Empty<string>(),
    ];
}

/// <summary><c>GET /policy-packs</c>: every pack, and the national baseline that applies under all of them.</summary>
public sealed record PolicyPackList(IReadOnlyList<PolicyPackSummary> Packs, string NationalBaseline);
