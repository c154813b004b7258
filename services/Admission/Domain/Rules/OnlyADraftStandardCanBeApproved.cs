using LandPlatform.Admission.Domain.Standards;
using LandPlatform.SeedWork;

namespace LandPlatform.Admission.Domain.Rules;

/// <summary>An approved version is frozen; a change is a new version, approved in its turn.</summary>
public sealed class OnlyADraftStandardCanBeApproved(ParcelStandard standard) : IBusinessRule
{
    public bool IsBroken() => standard.Status != StandardStatus.Draft;

    public string Message => $"Version {standard.Version} of the standard for parcel {standard.ParcelCode} is {standard.Status}, not a draft.";
}
