namespace LandPlatform.Contracts.Domain;

/// <summary>
/// Why a contract ends early (RULES.md §3). The names travel in ContractTerminated.Cause; all but
/// <see cref="IdleLandRecovered"/> are the names credit's ContractTerminationCause knows, so credit opens its
/// notice from the termination. Idle land is noticed by credit from IdleLandDetected (two years) instead.
/// </summary>
public enum TerminationCause
{
    /// <summary>违约 (seed 000 五（二）, seed 004 第十三条).</summary>
    BreachOfContract,

    /// <summary>擅自改变土地用途、转换产业类型、变相进行房地产开发 (seed 001 三（六）, seed 002 第十六条).</summary>
    UnauthorisedChangeOfUse,

    /// <summary>开发建设完成前转让、转租、抵押; 未通过考核前转让 (seed 001 三（六）, seed 004 第十条).</summary>
    UnauthorisedTransferLeaseOrMortgage,

    /// <summary>未按约定时间和方式足额缴纳租金或地价款 (seed 001 三（六）).</summary>
    UnpaidLandPriceOrRent,

    /// <summary>弄虚作假 (seed 002 第十六条).</summary>
    Fraud,

    /// <summary>整改期满仍未达标 (seed 004 第九条; 附件3 五（二）).</summary>
    FailedAssessment,

    /// <summary>因自身原因申请退出 (seed 001 三（七）): a lawful exit, not a breach.</summary>
    EnterpriseRequest,

    /// <summary>未动工开发满两年，无偿收回 (闲置土地处置办法 第十四条（二）).</summary>
    IdleLandRecovered,
}
