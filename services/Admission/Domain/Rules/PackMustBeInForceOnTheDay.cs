using LandPlatform.Admission.Domain.Packs;
using LandPlatform.SeedWork;

namespace LandPlatform.Admission.Domain.Rules;

/// <summary>A standard is drafted, approved and applied to only while its document is in force (no silent fallback to another).</summary>
public sealed class PackMustBeInForceOnTheDay(AdmissionPack pack, DateOnly day) : IBusinessRule
{
    public bool IsBroken() => !pack.Identity.InForceOn(day);

    public string Message =>
        $"{pack.Identity.Citation} is in force from {pack.Identity.EffectiveFrom:yyyy-MM-dd}{(pack.Identity.EffectiveTo is { } to ? $" to {to:yyyy-MM-dd}" : "")}, not on {day:yyyy-MM-dd}.";

    public string Clause => pack.Identity.EffectivePeriodClause;
}
