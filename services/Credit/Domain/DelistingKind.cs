namespace LandPlatform.Credit.Domain;

public enum DelistingKind
{
    /// <summary>期满移出: the listing period has ended.</summary>
    PeriodEnded,

    /// <summary>信用修复: the enterprise has cured the cause (paid, rectified, reversed) before the period ends.</summary>
    CauseCured,
}
