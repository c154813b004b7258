namespace LandPlatform.Pricing.Domain.PolicyPacks;

/// <summary>Why no pack can be used for a request.</summary>
public abstract record PolicyPackError(string Message);

/// <summary>No pack has this id.</summary>
public sealed record PolicyPackNotFound(string PackId)
    : PolicyPackError($"policy pack '{PackId}' does not exist");

/// <summary>
/// The named pack exists but is not in force on the valuation date (e.g. the Xihu 2020 trial after
/// 2021-03-13). Refused rather than silently priced under an expired document.
/// </summary>
public sealed record PolicyPackNotInForce(string PackId, DateOnly ValuationDate, EffectivePeriod Effective)
    : PolicyPackError($"policy pack '{PackId}' is not in force on {ValuationDate:yyyy-MM-dd} (in force {Effective.From:yyyy-MM-dd} to {(Effective.To is { } to ? to.ToString("yyyy-MM-dd") : "no end date")}; {Effective.Clause})");

/// <summary>No pack for the district is in force on the date.</summary>
public sealed record NoPolicyPackInForce(string District, DateOnly ValuationDate)
    : PolicyPackError($"no policy pack for district '{District}' is in force on {ValuationDate:yyyy-MM-dd}");

/// <summary>Several packs for the district are in force on the date; the request must name one.</summary>
public sealed record PolicyPackAmbiguous(string District, DateOnly ValuationDate, IReadOnlyList<string> PackIds)
    : PolicyPackError($"several policy packs for district '{District}' are in force on {ValuationDate:yyyy-MM-dd} ({string.Join(", ", PackIds)}); name one");
