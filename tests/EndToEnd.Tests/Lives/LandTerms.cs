namespace LandPlatform.EndToEnd.Tests.Lives;

/// <summary>
/// What a life's parcel is offered under: the policy pack of its standard (which the qualification carries into
/// contracts and monitoring), the land use, the supply mode and its years, the industry admitted and the indicator
/// minima the standard sets where the pack names an indicator without a number.
/// </summary>
public sealed record LandTerms(
    string PackId, string LandUse, string SupplyMode, int TermYears, int? LeaseYears, string Industry, object Planning, object[]? Indicators,
    string[] JointReviewBureaus)
{
    /// <summary>A Binhai M0 grant for 40 years (《关于支持新型产业用地高效复合利用办法（2023年修订稿）（征求意见稿）》第九条), its indicators from the pack.</summary>
    public static readonly LandTerms BinhaiGrant = new(
        LandLife.Binhai, "M0", "Grant", 40, null, "artificial-intelligence",
        new { parkIndustrialLandM2 = 1_000_000m, parkM0LandM2 = 100_000m }, null, ["park-committee", "planning", "industry"]);

    /// <summary>
    /// 先租后让 under 《北京市工业用地先租后让指导意见（试行）》: 5 years' lease in a 20-year term (三（三）), the industry
    /// and the minima of investment, output and tax set by the standard (三（二） leaves them to each parcel).
    /// </summary>
    public static readonly LandTerms BeijingLeaseThenTransfer = new(
        "beijing-lease-then-transfer-2024", "M1", "LeaseThenTransfer", 20, 5, "智能制造", new { },
        [
            new { code = "fixed-asset-investment-intensity", value = 600m, unit = "万元/亩", clause = "三（二） 投资强度" },
            new { code = "output-per-mu", value = 900m, unit = "万元/亩", clause = "三（二） 产出效率（含地均产出）" },
            new { code = "tax-per-mu", value = 50m, unit = "万元/亩", clause = "三（二） 税收" },
        ],
        // 三（一）: the joint meeting of planning and the industry department.
        ["planning", "industry"]);

    public bool IsLease => SupplyMode is "LeaseThenTransfer" or "Lease";
}
