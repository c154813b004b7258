namespace LandPlatform.Pricing.Domain.PolicyPacks;

/// <summary>
/// Reserve price from the industrial benchmark land price (基准地价) with self-held corrections and a
/// floor at a share of the national minimum (Tianjin Binhai art. 10).
/// </summary>
/// <param name="TermCorrectionNote">
/// Cited when a shorter term gets no correction: the article that allows one, and that it gives no factor.
/// </param>
public sealed record BenchmarkReservePriceRules(
    IReadOnlyDictionary<LandUse, BenchmarkLandUseRule> LandUses,
    SelfHeldCorrectionRules SelfHeld,
    CitedNumber NationalMinimumFloorShare,
    string? TermCorrectionNote);

/// <summary>How one planning use is priced: per land or floor area, the multiple on the benchmark, limits.</summary>
public sealed record BenchmarkLandUseRule(
    UnitBasis UnitBasis,
    string UnitBasisClause,
    CitedNumber BenchmarkMultiple,
    bool SelfHeldCorrection,
    string? SelfHeldCorrectionClause,
    FloorAreaRatioRange? FloorAreaRatio,
    CitedNumber? MaxTermYears);

/// <summary>The FAR a pack accepts, with which ends are inclusive and the decision that set them.</summary>
public sealed record FloorAreaRatioRange(decimal Min, bool MinInclusive, decimal Max, bool MaxInclusive, string Clause, string Decision)
{
    public bool Contains(decimal far) =>
        (MinInclusive ? far >= Min : far > Min) && (MaxInclusive ? far <= Max : far < Max);

    public string Describe() =>
        $"{(MinInclusive ? "[" : "(")}{Explanation.Number.Show(Min)}, {Explanation.Number.Show(Max)}{(MaxInclusive ? "]" : ")")}";
}

/// <summary>Self-held share (自持比例) rules: the minimum share, the factor tiers, the relocation factors.</summary>
public sealed record SelfHeldCorrectionRules(
    CitedNumber MinimumShare,
    IReadOnlyList<SelfHeldTier> Tiers,
    CitedNumber RelocationFactor,
    CitedNumber RelocationFullySelfHeldFactor);

/// <summary>A factor that applies when the self-held share is at least <see cref="MinimumShare"/> (以上 includes the number).</summary>
public sealed record SelfHeldTier(decimal MinimumShare, decimal Factor, string Clause);
