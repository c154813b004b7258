using LandPlatform.Admission.Domain.Standards;
using LandPlatform.SeedWork;

namespace LandPlatform.Admission.Domain.Rules;

/// <summary>The district government approves only a standard within the document's limits.</summary>
public sealed class StandardMustPassThePackCheck(ParcelStandard standard) : IBusinessRule
{
    public bool IsBroken() => !standard.PassesCheck;

    public string Message => "The standard breaks its policy pack: " + string.Join("; ",
        standard.Check.Where(l => !l.Pass).Select(l => $"{l.Subject} {l.Value} (须 {l.Limit}, {l.Clause})"));
}
