using LandPlatform.SeedWork;

namespace LandPlatform.Contracts.Domain.Rules;

/// <summary>先租后让: the assessment is applied for at least 6 months before the lease (with renewal) ends (Beijing 三（五）).</summary>
public sealed record AssessmentMustBeAppliedForBeforeTheLeaseEnds(DateOnly AppliedOn, DateOnly LatestOn, string Clause) : IBusinessRule
{
    public bool IsBroken() => AppliedOn > LatestOn;

    public string Message => $"The assessment had to be applied for by {LatestOn:yyyy-MM-dd}; {AppliedOn:yyyy-MM-dd} is too late.";
}

/// <summary>Pass → sign the grant contract and pay within 15 days of the written notice (Beijing 三（五）).</summary>
public sealed record GrantMustBeSignedWithinTheDaysOfTheNotice(DateOnly SignedOn, DateOnly LatestOn, string Clause) : IBusinessRule
{
    public bool IsBroken() => SignedOn > LatestOn;

    public string Message => $"The grant contract had to be signed and paid by {LatestOn:yyyy-MM-dd}; {SignedOn:yyyy-MM-dd} is too late.";
}

/// <summary>Renewal at most once, at most 2 years, applied for ≥ 6 months before the lease ends (Beijing 三（五）).</summary>
public sealed record RenewalMustStayWithinItsLimits(int Years, int MaxYears, int Renewals, int MaxRenewals, DateOnly AppliedOn, DateOnly LatestOn, string Clause) : IBusinessRule
{
    public bool IsBroken() => Years < 1 || Years > MaxYears || Renewals >= MaxRenewals || AppliedOn > LatestOn;

    public string Message =>
        Renewals >= MaxRenewals ? $"The lease was already renewed {Renewals} time(s); at most {MaxRenewals} renewal is allowed."
        : Years < 1 || Years > MaxYears ? $"A renewal of {Years} year(s) is outside 1–{MaxYears} years."
        : $"A renewal had to be applied for by {LatestOn:yyyy-MM-dd}; {AppliedOn:yyyy-MM-dd} is too late.";
}

/// <summary>A failed lease exits before the lease ends (Beijing 三（五）); later the land is recovered by termination.</summary>
public sealed record ExitMustBeBeforeTheLeaseEnds(DateOnly ExitOn, DateOnly LeaseEndsOn) : IBusinessRule
{
    public bool IsBroken() => ExitOn > LeaseEndsOn;

    public string Message => $"The lease ended on {LeaseEndsOn:yyyy-MM-dd}; an exit on {ExitOn:yyyy-MM-dd} is too late.";

    public string? Clause => "《北京市工业用地先租后让指导意见（试行）》三（五） 未通过考核的，土地使用权人应于租赁合同到期前完成退出";
}

/// <summary>Only a final failed assessment (after rectification) terminates for failure (Xihu 第九条; 附件3 五（二）).</summary>
public sealed record TerminationForFailureNeedsAFinalFailedAssessment(bool FinalFailure) : IBusinessRule
{
    public bool IsBroken() => !FinalFailure;

    public string Message => "Termination for a failed assessment needs the assessment after rectification to have failed too.";

    public string? Clause => "《西湖区创新型产业用地管理实施细则（试行）》第九条 整改期满仍未达标的，经区政府审查，报市政府批准后…解除《土地出让（租赁）合同》";
}

/// <summary>Idle-land recovery needs two years idle and no government delay (闲置土地处置办法 第八条、第十四条（二）).</summary>
public sealed record RecoveryNeedsTwoYearsIdleNotTheGovernmentsDelay(int YearsIdle, int RecoveryYears, bool GovernmentDelay) : IBusinessRule
{
    public bool IsBroken() => YearsIdle < RecoveryYears || GovernmentDelay;

    public string Message => GovernmentDelay
        ? "The delay was the government's (evidence recorded); the land is not recovered without compensation."
        : $"The land has been idle {YearsIdle} year(s); recovery without compensation needs {RecoveryYears}.";

    public string? Clause => "《闲置土地处置办法》（国土资源部令第53号）第十四条（二） 未动工开发满两年的…无偿收回；第八条 因政府…原因造成动工开发延迟的除外";
}

/// <summary>Idle land recovered after two years is recovered without compensation (闲置土地处置办法 第十四条（二）).</summary>
public sealed record IdleLandIsRecoveredWithoutCompensation(bool IdleRecovery, decimal? Compensation) : IBusinessRule
{
    public bool IsBroken() => IdleRecovery && Compensation is > 0;

    public string Message => $"Idle land is recovered without compensation; {Compensation} yuan cannot be paid.";

    public string? Clause => "《闲置土地处置办法》（国土资源部令第53号）第十四条（二） 未动工开发满两年的…无偿收回国有建设用地使用权";
}
