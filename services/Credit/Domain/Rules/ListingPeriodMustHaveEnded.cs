using LandPlatform.SeedWork;

namespace LandPlatform.Credit.Domain;

/// <summary>"Period ended" delisting is possible only once the listing period is over; before that only a cured cause ends it.</summary>
public sealed class ListingPeriodMustHaveEnded(DateTimeOffset? periodEndsAt, DateTimeOffset at, string clause) : IBusinessRule
{
    public bool IsBroken() => periodEndsAt is null || at < periodEndsAt;

    public string Message => $"The listing period runs until {periodEndsAt:yyyy-MM-dd HH:mm zzz}; it has not ended.";

    public string Clause => clause;
}
