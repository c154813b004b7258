namespace LandPlatform.Pricing.Domain;

/// <summary>Money is kept at full decimal precision; it is rounded to 0.01 元 only for display and documents.</summary>
public static class Yuan
{
    public const string Unit = "元";

    /// <summary>Rounds half away from zero (四舍五入), the convention of Chinese price documents.</summary>
    public static decimal RoundForDisplay(decimal amount) => Math.Round(amount, 2, MidpointRounding.AwayFromZero);
}
