namespace LandPlatform.Monitoring.Domain.Indicators;

/// <summary>
/// An actual indicator in the committed unit, with the workings that got there from the reported figures
/// (e.g. "税收 1,200,000 元 = 120 万元; 13,333.33 m² = 20 亩 (1 亩 = 10000/15 m²); 120 万元 ÷ 20 亩 = 6 万元/亩"),
/// or why it could not be measured (Value null).
/// </summary>
public sealed record Measurement(decimal? Value, string Workings)
{
    public static Measurement Missing(string why) => new(null, why);
}
