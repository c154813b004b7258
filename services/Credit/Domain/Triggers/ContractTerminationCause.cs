namespace LandPlatform.Credit.Domain;

/// <summary>Why a land or supervision contract was terminated. Only some causes are the enterprise's fault.</summary>
public enum ContractTerminationCause
{
    /// <summary>违约 (seed 000 五（二）, seed 004 第十三条).</summary>
    BreachOfContract,

    /// <summary>擅自改变土地用途、转换产业类型、变相进行房地产开发 (seed 001 三（六）, seed 002 第十六条).</summary>
    UnauthorisedChangeOfUse,

    /// <summary>开发建设完成前转让、转租、抵押 (seed 001 三（六）).</summary>
    UnauthorisedTransferLeaseOrMortgage,

    /// <summary>未按约定时间和方式足额缴纳租金或地价款 (seed 001 三（六）).</summary>
    UnpaidLandPriceOrRent,

    /// <summary>弄虚作假 (seed 002 第十六条).</summary>
    Fraud,

    /// <summary>整改后考核仍不达标: noticed from the final AssessmentFailed event, not from the termination.</summary>
    FailedAssessment,

    /// <summary>因自身原因申请退出 (seed 001 三（七）): a lawful exit, not a breach.</summary>
    EnterpriseRequest,

    /// <summary>协商解除.</summary>
    MutualAgreement,

    /// <summary>公共利益需要收回: the government's cause.</summary>
    PublicInterest,
}
