using LandPlatform.SeedWork;

namespace LandPlatform.Admission.Domain.Rules;

/// <summary>A rejection, a disagreeing opinion and a district decision are reasoned (each reviewer's opinion is recorded with why).</summary>
public sealed class ReasonsMustBeGiven(string? reasons) : IBusinessRule
{
    public bool IsBroken() => string.IsNullOrWhiteSpace(reasons);

    public string Message => "Reasons are required.";
}
