namespace LandPlatform.Admission.Domain.Evaluation;

/// <summary>
/// A decision of the district government recorded with reasons: an exemption from the output thresholds for a
/// national key or technology-transfer project (Shijingshan 三（三）), or consent to an industry outside the
/// leading ones (Shijingshan 三（一） 其他类型产业申请用地的需经区政府同意).
/// </summary>
public sealed record DistrictDecision(string Kind, string Reasons, string DecidedBy, DateTimeOffset DecidedAt, string? DocumentNumber = null)
{
    public const string OutputExemption = "OutputExemption";
    public const string IndustryConsent = "IndustryConsent";

    public static bool IsKnownKind(string? kind) => kind is OutputExemption or IndustryConsent;
}
