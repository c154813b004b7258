namespace LandPlatform.Credit.Domain;

public enum ListingSourceKind
{
    /// <summary>A credit-office clerk decided to open the notice.</summary>
    Decision,

    /// <summary>Another bureau's event opened the notice automatically.</summary>
    TriggeringEvent,
}
