namespace LandPlatform.Credit.Domain;

public enum ObjectionOutcome
{
    /// <summary>Still under review: the listing waits.</summary>
    Pending,

    /// <summary>异议成立: the notice is withdrawn.</summary>
    Upheld,

    /// <summary>异议不成立: the listing takes effect from the review decision.</summary>
    Rejected,
}
