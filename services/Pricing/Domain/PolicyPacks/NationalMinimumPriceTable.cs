namespace LandPlatform.Pricing.Domain.PolicyPacks;

/// <summary>
/// 全国工业用地出让最低价标准 (国土资发〔2006〕307号): 元 per m² of land, 50-year term, by land grade 1–15.
/// </summary>
public sealed record NationalMinimumPriceTable(string Clause, DateOnly EffectiveFrom, IReadOnlyDictionary<int, decimal> PricePerM2ByGrade)
{
    public const int LowestGrade = 1;
    public const int HighestGrade = 15;

    public static bool IsKnownGrade(int grade) => grade is >= LowestGrade and <= HighestGrade;

    public decimal MinimumPricePerM2(int grade) =>
        PricePerM2ByGrade.TryGetValue(grade, out var price)
            ? price
            : throw new ArgumentOutOfRangeException(nameof(grade), grade, $"land grade must be {LowestGrade}–{HighestGrade}");
}
