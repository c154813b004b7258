namespace LandPlatform.SeedWork;

/// <summary>
/// One rule of the policy, named as its sentence (<c>ObjectionMustBeFiledWithinThePeriod</c>) and
/// checked before an aggregate changes any state, so a refused command leaves nothing half-done.
/// </summary>
public interface IBusinessRule
{
    bool IsBroken();

    /// <summary>What a clerk reads when the rule is broken.</summary>
    string Message { get; }

    /// <summary>The clause of the policy document the rule comes from, when there is one.</summary>
    string? Clause => null;
}
