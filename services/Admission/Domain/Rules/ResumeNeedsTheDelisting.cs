using LandPlatform.SeedWork;

namespace LandPlatform.Admission.Domain.Rules;

/// <summary>A suspended application resumes only after the credit office delisted the enterprise (EnterpriseDelisted).</summary>
public sealed class ResumeNeedsTheDelisting(bool delisted) : IBusinessRule
{
    public bool IsBroken() => !delisted;

    public string Message => "The enterprise is still on the credit blacklist; the application can resume only after it is delisted.";
}
