using LandPlatform.Admission.Domain.Applications;
using LandPlatform.SeedWork;

namespace LandPlatform.Admission.Domain.Rules;

/// <summary>The review runs in order: material check → joint review → proposal → district approval (细则 第三条、第四条).</summary>
public sealed class StepMustBeAllowedInTheState(ApplicationStatus status, string step) : IBusinessRule
{
    public ApplicationStatus Status => status;

    public IReadOnlyList<string> Allowed => ApplicationStep.NextFor(status);

    public bool IsBroken() => !ApplicationStep.AllowedIn(status).Contains(step);

    public string Message => $"'{step}' is not a step an application in state {status} can take" +
        (Allowed.Count == 0 ? "; it is closed." : $"; next: {string.Join(", ", Allowed)}.");

    public string Clause => "《西湖区创新型产业用地管理实施细则（试行）》第三条、第四条";
}
