namespace LandPlatform.Admission.Domain;

/// <summary>Where an application stands in the review (西湖区创新型产业用地管理实施细则 第三条、第四条).</summary>
public enum ApplicationStatus
{
    /// <summary>Accepted for review; the development bureau checks the materials next.</summary>
    Submitted,

    /// <summary>Refused at submission because the enterprise is on the credit blacklist (Shijingshan 五(二); Hangzhou art. 13).</summary>
    Refused,

    /// <summary>Materials checked; the joint review meeting gathers each bureau's opinion.</summary>
    InJointReview,

    /// <summary>The development bureau proposed approval to the district government.</summary>
    Proposed,

    /// <summary>The district government approved: the qualification opinion is issued.</summary>
    Approved,

    /// <summary>Rejected at some step, with reasons.</summary>
    Rejected,

    /// <summary>Halted because the enterprise was blacklisted after it applied.</summary>
    Suspended,
}
