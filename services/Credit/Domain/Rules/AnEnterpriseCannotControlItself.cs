using LandPlatform.SeedWork;

namespace LandPlatform.Credit.Domain;

public sealed class AnEnterpriseCannotControlItself(string uscc, string controlledUscc) : IBusinessRule
{
    public bool IsBroken() => string.Equals(uscc, controlledUscc, StringComparison.Ordinal);

    public string Message => "An enterprise cannot be recorded as controlling itself.";
}
