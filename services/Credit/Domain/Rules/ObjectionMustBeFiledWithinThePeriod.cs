using LandPlatform.SeedWork;

namespace LandPlatform.Credit.Domain;

/// <summary>An objection is accepted until the end of the last day of the pack's objection period (Beijing time).</summary>
public sealed class ObjectionMustBeFiledWithinThePeriod(DateOnly lastDayToObject, DateTimeOffset periodEndsAt, DateTimeOffset filedAt, string clause)
    : IBusinessRule
{
    public bool IsBroken() => filedAt >= periodEndsAt;

    public string Message => $"The objection period ended with {lastDayToObject:yyyy-MM-dd} (Beijing time); objections are no longer accepted.";

    public string Clause => clause;
}
