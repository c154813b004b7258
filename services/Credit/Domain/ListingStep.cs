namespace LandPlatform.Credit.Domain;

/// <summary>The kinds of entry in a listing's history.</summary>
public enum ListingStep
{
    NoticeIssued,
    ObjectionFiled,
    ObjectionUpheld,
    ObjectionRejected,
    TookEffectAfterObjectionPeriod,
    Delisted,
}
