using LandPlatform.Admission.Domain.Standards;
using LandPlatform.SeedWork;

namespace LandPlatform.Admission.Domain.Rules;

/// <summary>A superseded version is what earlier applications were judged by; it is never changed.</summary>
public sealed class OnlyTheCurrentVersionCanBeRevised(ParcelStandard standard) : IBusinessRule
{
    public bool IsBroken() => standard.Status == StandardStatus.Superseded;

    public string Message => $"Version {standard.Version} of the standard for parcel {standard.ParcelCode} is superseded; revise the current version.";
}
