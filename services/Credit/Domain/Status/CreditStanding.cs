namespace LandPlatform.Credit.Domain;

/// <summary>What the Check answers about the enterprise itself.</summary>
public enum CreditStanding
{
    /// <summary>No effective listing and no pending notice.</summary>
    Clear,

    /// <summary>A notice is pending (objection period or review): does not bar land yet.</summary>
    Noticed,

    /// <summary>At least one effective listing: barred from government-supplied land.</summary>
    Listed,
}
