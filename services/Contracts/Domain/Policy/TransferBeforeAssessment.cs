namespace LandPlatform.Contracts.Domain.Policy;

/// <summary>What a pack allows for transferring the land use right before the assessment passed.</summary>
public enum TransferBeforeAssessment
{
    /// <summary>Xihu 第十条, Beijing 三（六）: no transfer before passing.</summary>
    Forbidden,

    /// <summary>Binhai 第十四条: only with the supervision group's consent, the government buying first at cost.</summary>
    WithConsentAndFirstRefusal,
}
