using LandPlatform.SeedWork;

namespace LandPlatform.Contracts.Domain.Rules;

/// <summary>
/// 续期 (seed 000 五（四）; 城市房地产管理法 第二十二条): an enterprise that wants to keep the land applies at the
/// latest a year before the term ends; later, the district organises its exit instead.
/// </summary>
public sealed record TermRenewalMustBeAppliedForAYearBeforeTheTermEnds(DateOnly AppliedOn, DateOnly TermEndsOn, int MonthsBefore, string Clause) : IBusinessRule
{
    public DateOnly LatestOn => TermEndsOn.AddMonths(-MonthsBefore);

    public bool IsBroken() => AppliedOn > LatestOn;

    public string Message =>
        $"The term ends on {TermEndsOn:yyyy-MM-dd}; a renewal had to be applied for by {LatestOn:yyyy-MM-dd} ({MonthsBefore} months before), {AppliedOn:yyyy-MM-dd} is too late.";
}

/// <summary>The land contract (出让/租赁合同) is signed by the planning bureau for the land's owner (出让人).</summary>
public sealed record LandContractIsSignedByPlanning(string? Bureau) : IBusinessRule
{
    public bool IsBroken() => Bureau != "planning";

    public string Message => $"The land contract is signed by the planning and natural resources branch (出让人), not by {Bureau ?? "an unknown bureau"}.";

    public string? Clause => "《西湖区创新型产业用地管理实施细则（试行）》附件3《西湖区标准地投资建设合同》五（六） 宗地的《国有建设用地使用权出让合同》或《国有建设用地使用权租赁合同》";
}
