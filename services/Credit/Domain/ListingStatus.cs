namespace LandPlatform.Credit.Domain;

/// <summary>
/// Where a listing is in its due process (国办发〔2020〕49号（八）): told first, listed only after the
/// objection period or an objection's review, ended only by an explicit delisting decision.
/// </summary>
public enum ListingStatus
{
    /// <summary>拟列入告知: the enterprise has been told and may object; it does not bar land yet.</summary>
    Noticed,

    /// <summary>已列入: bars the enterprise from government-supplied land and is disclosed to the public.</summary>
    Effective,

    /// <summary>异议成立，不予列入: the objection was upheld.</summary>
    Withdrawn,

    /// <summary>已移出 (信用修复): ended by a delisting decision; kept in the file for ever.</summary>
    Delisted,
}
