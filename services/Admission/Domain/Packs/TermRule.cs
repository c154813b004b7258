namespace LandPlatform.Admission.Domain.Packs;

/// <summary>
/// The longest term a pack allows for one supply mode; for lease-then-transfer also the longest lease part
/// (Beijing 三（三）: lease ≤ 5 years, lease + grant ≤ 20).
/// </summary>
public sealed record TermRule(string SupplyMode, int MaxYears, string Clause, int? MaxLeaseYears = null, string? LeaseClause = null);

/// <summary>The national ceiling under every pack (城镇国有土地使用权出让和转让暂行条例 第十二条).</summary>
public static class NationalTerm
{
    public const int IndustrialMaxYears = 50;

    public const string Clause = "《中华人民共和国城镇国有土地使用权出让和转让暂行条例》第十二条 土地使用权出让最高年限：工业用地五十年";
}
