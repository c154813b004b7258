namespace LandPlatform.Credit.Domain;

/// <summary>Why an enterprise is listed (RULES.md §5 and §3; the clause per reason is in the policy pack).</summary>
public enum ListingReason
{
    /// <summary>违约: the supervision agreement or land contract breached (seed 000 五（二）, seed 004 第十三条).</summary>
    BreachOfContract,

    /// <summary>整改后考核仍不达标 (seed 002 第十四条, seed 004 附件3 五（二）).</summary>
    FailedAssessmentAfterRectification,

    /// <summary>年度复查不达标 (seed 004 附件3 五（四）).</summary>
    FailedAnnualRecheck,

    /// <summary>擅自改变土地用途 (seed 002 第十六条, seed 001 三（六）).</summary>
    UnauthorisedChangeOfUse,

    /// <summary>弄虚作假 (seed 002 第十六条).</summary>
    Fraud,

    /// <summary>未按约定足额缴纳地价款或租金 (seed 001 三（六）).</summary>
    UnpaidLandPrice,

    /// <summary>闲置土地满两年 (闲置土地处置办法 第十四条（二）).</summary>
    IdleLand,
}
