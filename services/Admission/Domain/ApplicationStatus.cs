namespace LandPlatform.Admission.Domain;

public enum ApplicationStatus
{
    /// <summary>Accepted for review.</summary>
    Submitted,

    /// <summary>Refused at submission because the enterprise is on the credit blacklist (Shijingshan 五(二); Hangzhou art. 13).</summary>
    Refused,
}
