using LandPlatform.SeedWork;

namespace LandPlatform.Credit.Domain;

/// <summary>A notice is answered by one objection, which is then reviewed; a second one while it is reviewed is refused.</summary>
public sealed class OnlyOneObjectionPerNotice(Objection? existing) : IBusinessRule
{
    public bool IsBroken() => existing is not null;

    public string Message => $"An objection was already filed on {existing?.FiledAt:yyyy-MM-dd} and is {existing?.Outcome}.";
}
