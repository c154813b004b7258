using LandPlatform.Admission.Domain.Standards;
using LandPlatform.SeedWork;

namespace LandPlatform.Admission.Domain.Rules;

/// <summary>Only an approved, current version of a parcel's standard accepts applications (seed process: 区政府研究确认 first).</summary>
public sealed class ApplicationsNeedAnApprovedStandard(ParcelStandard standard) : IBusinessRule
{
    public bool IsBroken() => standard.Status != StandardStatus.Approved;

    public string Message => standard.Status == StandardStatus.Superseded
        ? $"Version {standard.Version} of the standard for parcel {standard.ParcelCode} is superseded; apply against the current version."
        : $"The standard for parcel {standard.ParcelCode} (version {standard.Version}) is not approved yet.";
}
