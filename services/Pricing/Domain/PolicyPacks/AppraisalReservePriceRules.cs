namespace LandPlatform.Pricing.Domain.PolicyPacks;

/// <summary>
/// Starting price from the industrial appraisal (工业用地评估价, 元/亩) with a per-mu minimum and
/// factors for the listed grant terms only (Hangzhou Xihu art. 5–6).
/// </summary>
public sealed record AppraisalReservePriceRules(
    CitedNumber AppraisalMultiple,
    CitedNumber MinimumPricePerMu,
    IReadOnlyList<TermFactor> TermFactors,
    string OtherTermsClause);

/// <summary>The factor on the starting price for a grant term of exactly <see cref="Years"/> years.</summary>
public sealed record TermFactor(int Years, decimal Factor, string Clause);
