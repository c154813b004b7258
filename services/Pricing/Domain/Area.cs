namespace LandPlatform.Pricing.Domain;

/// <summary>Area conversions. 1 亩 = 10000/15 m² (RULES.md units), computed exactly as m² × 15 ÷ 10000.</summary>
public static class Area
{
    public static decimal SquareMetresToMu(decimal squareMetres) => squareMetres * 15m / 10000m;
}
