namespace LandPlatform.Pricing.Domain.PolicyPacks;

/// <summary>
/// National rules that apply under every pack (RULES.md §0): maximum grant terms by use, the national
/// minimum industrial land price table, the 50-year equivalence used to compare with it, the share
/// allowed for priority intensive projects, idle land and late payment.
/// </summary>
public sealed record NationalBaseline(
    string DocumentTitle,
    IReadOnlyDictionary<LandUseCategory, CitedNumber> MaxGrantYearsByUse,
    NationalMinimumPriceTable IndustrialMinimumPrice,
    CitedNumber EquivalenceTermYears,
    TermConversion TermConversion,
    CitedNumber PriorityIntensiveProjectShare,
    IdleLandRules IdleLand,
    CitedNumber LatePaymentDailyRate);

/// <summary>Land-use categories of 城镇国有土地使用权出让和转让暂行条例 art. 12.</summary>
public enum LandUseCategory
{
    Industrial,
    Commercial,
    Residential,
    Public,
    Comprehensive,
}

/// <summary>How a price for a shorter term is converted to the 50-year equivalent.</summary>
public sealed record TermConversion(string Method, string Clause, string Note);

public sealed record IdleLandRules(CitedNumber IdleAfterYears, CitedNumber IdleFeeShareOfLandPrice, CitedNumber RecoveryWithoutCompensationAfterYears);
