namespace LandPlatform.Web.Api;

// What the portal reads of pricing's answers (services/Pricing/Api/Contracts); the names are the JSON names.
public sealed record PolicyPackSummary(
    string Id, int Version, string District, string DocumentTitle, string? DocumentNumber, DateOnly EffectiveFrom, DateOnly? EffectiveTo,
    bool InForceToday, IReadOnlyList<string> Computations);

public sealed record PolicyPackList(IReadOnlyList<PolicyPackSummary> Packs, string NationalBaseline);

/// <summary>A number a policy document sets, with the clause that sets it (the pack's CitedNumber).</summary>
public sealed record PackNumber(decimal Value, string Clause);

/// <summary>
/// A pack as pricing loaded it (<c>GET /policy-packs/{id}</c>), reduced to what the quote form shows beside its fields: the
/// limits and factors a reserve price is computed with, each with its clause.
/// </summary>
public sealed record PolicyPack(string Id, int Version, string District, string DocumentTitle, string? DocumentNumber, PackEffective Effective, PackPricing Pricing);

public sealed record PackEffective(DateOnly From, DateOnly? To, string Clause);

public sealed record PackPricing(PackGrantTerms? GrantTerms, BenchmarkPricing? BenchmarkReservePrice, AppraisalPricing? AppraisalReservePrice);

public sealed record PackGrantTerms(PackNumber? MaxGrantYears);

/// <summary>Binhai's way: the industrial benchmark land price times a multiple per planning use, self-held corrections, a floor.</summary>
public sealed record BenchmarkPricing(IReadOnlyDictionary<string, BenchmarkLandUse> LandUses, SelfHeldRules SelfHeld, PackNumber NationalMinimumFloorShare, string? TermCorrectionNote);

public sealed record BenchmarkLandUse(
    string UnitBasis, string UnitBasisClause, PackNumber BenchmarkMultiple, bool SelfHeldCorrection, string? SelfHeldCorrectionClause,
    FloorAreaRatioRange? FloorAreaRatio, PackNumber? MaxTermYears);

public sealed record FloorAreaRatioRange(decimal Min, bool MinInclusive, decimal Max, bool MaxInclusive, string Clause);

public sealed record SelfHeldRules(PackNumber MinimumShare, IReadOnlyList<SelfHeldTier> Tiers, PackNumber RelocationFactor, PackNumber RelocationFullySelfHeldFactor);

public sealed record SelfHeldTier(decimal MinimumShare, decimal Factor, string Clause);

/// <summary>Xihu's way: the industrial appraisal per mu times a multiple, a minimum per mu, factors for the listed terms only.</summary>
public sealed record AppraisalPricing(PackNumber AppraisalMultiple, PackNumber MinimumPricePerMu, IReadOnlyList<TermFactor> TermFactors, string OtherTermsClause);

public sealed record TermFactor(int Years, decimal Factor, string Clause);

/// <summary>The national rules under every pack (<c>GET /national-baseline</c>): the industrial term and the minimum price table.</summary>
public sealed record NationalBaseline(string DocumentTitle, IReadOnlyDictionary<string, PackNumber> MaxGrantYearsByUse, NationalMinimumPrices IndustrialMinimumPrice);

public sealed record NationalMinimumPrices(string Clause, IReadOnlyDictionary<string, decimal> PricePerM2ByGrade);

/// <summary>One line of a price's explanation: the rule, its clause, the workings, the value after it and its unit.</summary>
public sealed record PriceStep(string Rule, string Clause, string Formula, decimal Value, string Unit);

public sealed record PriceWarning(string Code, string Clause, string Message);

/// <summary>The body of <c>POST /quotes</c> (QuoteRequest), also what a stored quote says it was computed from.</summary>
public sealed record QuoteInput(
    string? PolicyPack, string? District, DateOnly? ValuationDate, string? LandUse, decimal? LandAreaM2, decimal? FloorAreaRatio,
    decimal? IndustrialBenchmarkPricePerM2, decimal? IndustrialAppraisalPerMu, int? LandGrade, decimal? SelfHeldShare, bool? BeijingRelocation,
    int? TermYears);

public sealed record ReservePrice(
    Guid Id, Guid QuoteId, Guid ApplicationId, string ParcelCode, string PolicyPack, decimal TotalReservePrice, decimal UnitPrice, string UnitBasis,
    DateTimeOffset FixedAt, string FixedBy);

public sealed record Quote(
    Guid Id, string PolicyPack, DateOnly ValuationDate, decimal TotalPrice, decimal UnitPrice, string UnitBasis, IReadOnlyList<PriceStep> Steps,
    IReadOnlyList<PriceWarning> Warnings, QuoteInput? Input, DateTimeOffset CreatedAt, string CreatedBy, ReservePrice? ReservePrice);

public sealed record QuoteSummary(
    Guid Id, string PolicyPack, DateOnly ValuationDate, string? LandUse, decimal? LandAreaM2, decimal TotalPrice, decimal UnitPrice, string UnitBasis,
    DateTimeOffset CreatedAt, string CreatedBy, ReservePrice? ReservePrice);

public sealed record QuotePage(IReadOnlyList<QuoteSummary> Items, int Page, int PageSize, int Total);
