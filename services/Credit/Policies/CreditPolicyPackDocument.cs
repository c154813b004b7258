namespace LandPlatform.Credit.Policies;

// The JSON shape of one version of a policy pack's credit part (Packs/*.json). Plain data, nullable
// so the loader can say which field is missing instead of failing on the first.

internal sealed record CreditPolicyPackDocument(
    string? Id,
    int? Version,
    string? Title,
    string? DocumentNumber,
    string? District,
    DateOnly? EffectiveFrom,
    DateOnly? EffectiveTo,
    string? EffectivePeriodClause,
    string? EffectivePeriodNote,
    CreditSectionDocument? Credit);

internal sealed record CreditSectionDocument(
    string? DueProcessClause,
    ObjectionPeriodDocument? ObjectionPeriod,
    ListingPeriodsDocument? ListingPeriod,
    YearsDocument? IdleLandBeforeListing,
    LegalBasisDocument? LegalBasis);

internal sealed record ObjectionPeriodDocument(int? CalendarDays, string? Clause, string? Note);

internal sealed record YearsDocument(int? Years, string? Clause, string? Note);

internal sealed record ListingPeriodsDocument(YearsDocument? Default, Dictionary<string, YearsDocument>? ByReason);

internal sealed record LegalBasisDocument(string? Default, Dictionary<string, string>? ByReason);
