using LandPlatform.IntegrationContracts.Enterprises;

namespace LandPlatform.Credit.Tests.Support;

/// <summary>Unified social credit codes for the service tests; A and B are the seeded enterprise users' own codes.</summary>
internal static class Codes
{
    /// <summary>enterprise.a's code (the development issuer's seeded user).</summary>
    public const string EnterpriseA = "91350100M000100Y43";

    /// <summary>enterprise.b's code.</summary>
    public const string EnterpriseB = "91110000802100433B";

    /// <summary>A fresh valid code (with its check digit) per call, so tests never share a file.</summary>
    public static string Fresh()
    {
        var body = "91110107MA" + Random.Shared.Next(0, 9_999_999).ToString("D7", System.Globalization.CultureInfo.InvariantCulture);
        return UnifiedSocialCreditCode.WithCheckDigit(body).Value;
    }
}
