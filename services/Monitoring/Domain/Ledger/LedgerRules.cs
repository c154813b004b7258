using LandPlatform.SeedWork;

namespace LandPlatform.Monitoring.Domain.Ledger;

public sealed class OnePlanPerParcel(string parcelCode, bool hasPlan) : IBusinessRule
{
    public bool IsBroken() => hasPlan;

    public string Message => $"Parcel {parcelCode} already has its disposal plan; record progress on it.";

    public string Clause => "《石龙产业集聚区用地提质增效行动方案》二（三）1 按照“一宗一策”的原则提出处置措施";
}

public sealed class APlanIsForAParcelOnTheList(string parcelCode, LedgerCategory category) : IBusinessRule
{
    public bool IsBroken() => category == LedgerCategory.Cleared;

    public string Message => $"Parcel {parcelCode} is not approved-but-unsupplied, idle or inefficient: it needs no disposal plan.";
}

public sealed class APlanNeedsAPlanFirst(string parcelCode, bool hasPlan) : IBusinessRule
{
    public bool IsBroken() => !hasPlan;

    public string Message => $"Parcel {parcelCode} has no disposal plan yet.";
}

public sealed class ACompletedPlanTakesNoProgress(DateOnly? completedOn) : IBusinessRule
{
    public bool IsBroken() => completedOn is not null;

    public string Message => $"The plan was completed on {completedOn:yyyy-MM-dd}.";
}

public sealed class APlanDeadlineIsAfterItsDay(DateOnly deadline, DateOnly today) : IBusinessRule
{
    public bool IsBroken() => deadline <= today;

    public string Message => $"The deadline {deadline:yyyy-MM-dd} must be after today ({today:yyyy-MM-dd}).";
}
