using LandPlatform.SeedWork;

namespace LandPlatform.Admission.Domain.Rules;

/// <summary>Review is against a parcel's standard; a lodgement without one (the first slice's form) is kept but cannot be reviewed.</summary>
public sealed class ApplicationsNeedAParcelStandard : IBusinessRule
{
    public bool IsBroken() => true;

    public string Message => "The application names no parcel standard; apply again against a parcel's approved standard (POST /standards/{id}/applications).";
}
