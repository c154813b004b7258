using LandPlatform.SeedWork;

namespace LandPlatform.Credit.Domain;

/// <summary>An enterprise objects only for itself (issue 4: "enterprises may object only for themselves").</summary>
public sealed class OnlyTheListedEnterpriseMayObject(string listedUscc, string objectorUscc) : IBusinessRule
{
    public bool IsBroken() => !string.Equals(listedUscc, objectorUscc, StringComparison.Ordinal);

    public string Message => "Only the enterprise named in the notice may object to it.";
}
