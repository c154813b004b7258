namespace LandPlatform.Pricing.Domain.PolicyPacks;

/// <summary>How a pack compensates on recovery (收回): the land, the lease rent, the buildings.</summary>
public sealed record CompensationRules(
    CompensationRule<LandRefundMethod>? LandRefund,
    CompensationRule<LeaseRentRefundMethod>? LeaseRentRefund,
    CompensationRule<BuildingCompensationMethod>? Buildings);

public sealed record CompensationRule<TMethod>(TMethod Method, string Clause)
    where TMethod : struct, Enum;

public enum LandRefundMethod
{
    /// <summary>Original price less the years used (Hangzhou art. 9).</summary>
    OriginalPriceLessYearsUsed,

    /// <summary>An appraisal based on the fees paid at acquisition (Shijingshan 五(三)); no formula.</summary>
    AppraisedFromFeesPaid,
}

public enum LeaseRentRefundMethod
{
    /// <summary>Rent of the remaining lease years less the contractual penalty (Beijing 三(七)).</summary>
    RemainingRentLessPenalty,
}

public enum BuildingCompensationMethod
{
    /// <summary>Replacement cost × newness (重置价格结合成新程度), usable buildings only.</summary>
    ReplacementCostTimesNewness,

    /// <summary>The appraised value (按评估价).</summary>
    AppraisedValue,
}
