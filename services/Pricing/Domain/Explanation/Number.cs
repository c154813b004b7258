using System.Globalization;

namespace LandPlatform.Pricing.Domain.Explanation;

/// <summary>
/// Formats numbers inside formula text: invariant culture (the explanation must not change with the
/// server's locale) and no trailing zeros, at full precision.
/// </summary>
public static class Number
{
    public static string Show(decimal value) =>
        value.ToString("0.############################", CultureInfo.InvariantCulture);
}
