using LandPlatform.Monitoring.Domain.Policy;
using LandPlatform.SeedWork;

namespace LandPlatform.Monitoring.Domain.Ledger;

/// <summary>
/// One parcel's row in the idle and inefficient land ledger (Shilong 二（三）1 建立包括地块基本信息、形成原因、处置措施、
/// 完成时限、责任单位等要素的工作台账): its current category with the history of how it got there, the national idle
/// consequences, and its one disposal plan.
/// </summary>
public sealed class LedgerEntry
{
    private readonly List<LedgerChange> _history = [];

    private LedgerEntry()
    {
    }

    public string ParcelCode { get; private set; } = string.Empty;

    public string Uscc { get; private set; } = string.Empty;

    public string? EnterpriseName { get; private set; }

    public Guid? ContractId { get; private set; }

    public string? PolicyPackId { get; private set; }

    public decimal? LandAreaM2 { get; private set; }

    public decimal? LandPrice { get; private set; }

    public LedgerCategory Category { get; private set; }

    public DateOnly Since { get; private set; }

    public int? YearsIdle { get; private set; }

    /// <summary>The national consequence of the idle years (fee or recovery), with the clause; null when not idle.</summary>
    public string? IdleConsequence { get; private set; }

    public IReadOnlyList<LedgerChange> History => _history;

    public DisposalPlan? Plan { get; private set; }

    public static LedgerEntry Open(string parcelCode, string uscc, string? enterpriseName, string? packId, decimal? landAreaM2) => new()
    {
        ParcelCode = parcelCode,
        Uscc = uscc,
        EnterpriseName = enterpriseName,
        PolicyPackId = packId,
        LandAreaM2 = landAreaM2,
        Category = LedgerCategory.Cleared,
    };

    public void Attach(Guid? contractId, decimal? landAreaM2, decimal? landPrice, string? packId)
    {
        ContractId = contractId ?? ContractId;
        LandAreaM2 = landAreaM2 ?? LandAreaM2;
        LandPrice = landPrice ?? LandPrice;
        PolicyPackId = packId ?? PolicyPackId;
    }

    /// <summary>Moves the parcel to <paramref name="category"/>; a repeated move to the same category changes nothing.</summary>
    public bool MoveTo(LedgerCategory category, DateOnly on, string source, string note)
    {
        if (category == Category && _history.Count > 0)
        {
            return false;
        }

        Category = category;
        Since = on;
        if (category != LedgerCategory.Idle)
        {
            YearsIdle = null;
            IdleConsequence = null;
        }

        _history.Add(new LedgerChange(category, on, source, note));
        return true;
    }

    /// <summary>Contracts found the parcel idle (IdleLandDetected): the national consequence by years idle (闲置土地处置办法 第十四条).</summary>
    public void MarkIdle(int yearsIdle, bool causedByGovernment, DateOnly on, IdleLandRules rules, string source)
    {
        MoveTo(LedgerCategory.Idle, on, source, $"not started for {yearsIdle} year(s)");
        YearsIdle = yearsIdle;
        IdleConsequence = causedByGovernment
            ? "idle because of the government (《闲置土地处置办法》（国土资源部令第53号）第八条): remove the obstacle to starting; no fee, no recovery"
            : yearsIdle >= rules.RecoveryAfterYears
                ? $"recovery without compensation after {rules.RecoveryAfterYears} years ({rules.Clause})"
                : yearsIdle >= rules.FeeAfterYears
                    ? $"idle-land fee {rules.FeePercentOfLandPrice}% of the land price{(LandPrice is { } p ? $" = {p * rules.FeePercentOfLandPrice / 100m:0.00} 元" : string.Empty)} ({rules.Clause})"
                    : null;
    }

    /// <exception cref="BusinessRuleBrokenException"><see cref="OnePlanPerParcel"/>, <see cref="APlanIsForAParcelOnTheList"/>, <see cref="APlanDeadlineIsAfterItsDay"/>.</exception>
    public void AdoptPlan(string cause, DisposalMeasure measure, DateOnly deadline, string responsibleUnit, Actor by, DateTimeOffset now)
    {
        BusinessRules.Check(new OnePlanPerParcel(ParcelCode, Plan is not null));
        BusinessRules.Check(new APlanIsForAParcelOnTheList(ParcelCode, Category));
        BusinessRules.Check(new APlanDeadlineIsAfterItsDay(deadline, ChinaTime.DateOf(now)));
        Plan = new DisposalPlan(cause, measure, deadline, responsibleUnit, by, now, []);
    }

    public void RecordProgress(string note, bool completes, Actor by, DateTimeOffset now)
    {
        BusinessRules.Check(new APlanNeedsAPlanFirst(ParcelCode, Plan is not null));
        BusinessRules.Check(new ACompletedPlanTakesNoProgress(Plan!.CompletedOn));
        Plan = Plan with { Progress = [.. Plan.Progress, new PlanProgress(ChinaTime.DateOf(now), note, by, completes)] };
    }

    public bool IsOverdue(DateOnly today) => Plan?.IsOverdue(today) == true;
}
