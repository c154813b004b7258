using System.Globalization;

namespace LandPlatform.Monitoring.Domain.Indicators;

/// <summary>
/// How an actual is printed beside the standard it was judged against, so that the numbers never contradict the
/// verdict: an actual below its standard never prints equal to it (49.99996 against 50 is "49.99996", not "50").
/// </summary>
/// <remarks>
/// Chosen: compare exactly, print as many digits as the verdict needs. Every standard monitoring judges is a floor
/// written as a plain figure with no precision and no rounding rule for the actual —《西湖区创新型产业用地管理实施细则（试行）》
/// 附件3 三（三） "不低于____万元/亩", 《石龙产业集聚区用地提质增效行动方案》一（二）2 "亩均税收达到6万元",
/// 《关于支持新型产业用地高效复合利用办法（2023年修订稿）（征求意见稿）》第十三条 (indicators named, no precision) — and RULES.md
/// keeps full precision internally and rounds only for display. Rounding the actual before comparing
/// would pass an enterprise the document fails, on a rule no document makes; so the display gives way instead. Both
/// numbers are printed at the same decimals, rounded half away from zero (四舍五入): the usual ones, or more when at those
/// an actual below its standard would print equal to it. Rounding never reverses an order, so an actual at or above its
/// standard needs no more digits; a decimal carries at most 28, so an unmet standard always shows as unmet.
/// </remarks>
public static class ComparedFigures
{
    /// <summary>The decimals of workings, reports and explanations.</summary>
    public const int UsualDecimals = 4;

    private const int MostDecimals = 28;

    /// <summary>The actual and the standard as printed side by side, at the same decimals.</summary>
    public static (string Actual, string Standard) Print(decimal actual, decimal standard, int usualDecimals = UsualDecimals)
    {
        var decimals = Decimals(actual, standard, usualDecimals);
        return (Number(actual, decimals), Number(standard, decimals));
    }

    /// <summary><paramref name="usualDecimals"/>, or the fewest more at which an actual below its standard prints below it.</summary>
    public static int Decimals(decimal actual, decimal standard, int usualDecimals = UsualDecimals)
    {
        for (var decimals = usualDecimals; decimals < MostDecimals; decimals++)
        {
            if (actual >= standard || Round(actual, decimals) < Round(standard, decimals))
            {
                return decimals;
            }
        }

        return MostDecimals;
    }

    /// <summary>A figure rounded half away from zero to <paramref name="decimals"/>, trailing zeros dropped, thousands grouped.</summary>
    public static string Number(decimal value, int decimals = UsualDecimals) =>
        Round(value, decimals).ToString("#,0." + new string('#', decimals), CultureInfo.InvariantCulture);

    private static decimal Round(decimal value, int decimals) => Math.Round(value, decimals, MidpointRounding.AwayFromZero);
}
