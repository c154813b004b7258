namespace LandPlatform.Pricing.Domain.PolicyPacks;

/// <summary>
/// The days a document is in force, both ends inclusive (<see cref="To"/> is the last day; null = no end
/// set by the document). <see cref="Note"/> records how the dates were derived from the seed.
/// </summary>
public sealed record EffectivePeriod(DateOnly From, DateOnly? To, string Clause, string Note)
{
    public bool Covers(DateOnly day) => day >= From && (To is null || day <= To.Value);
}
