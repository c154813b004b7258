namespace LandPlatform.Reporting.Records;

/// <summary>
/// The province takes area in hectares (公顷) and money in 万元; the platform keeps m² and 元 (RULES.md "Units").
/// Six decimals keep 0.01 m² and 0.01 元, so nothing the district holds is rounded away on the way up.
/// </summary>
public static class Units
{
    public const string Hectare = "公顷";
    public const string WanYuan = "万元";

    public static decimal HectaresFromSquareMetres(decimal squareMetres) => decimal.Round(squareMetres / 10_000m, 6);

    public static decimal WanYuanFromYuan(decimal yuan) => decimal.Round(yuan / 10_000m, 6);
}
