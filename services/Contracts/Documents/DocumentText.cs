using System.Globalization;

namespace LandPlatform.Contracts.Documents;

/// <summary>How the contracts' documents write numbers and days (one place for both contracts).</summary>
internal static class DocumentText
{
    public static string Num(decimal value) => value.ToString("#,0.##", CultureInfo.InvariantCulture);

    public static string Day(DateOnly? day) => day?.ToString("yyyy年M月d日", CultureInfo.InvariantCulture) ?? "＿＿＿＿";
}
