namespace LandPlatform.Pricing.Domain.PolicyPacks;

/// <summary>Result of resolving a pack: the pack, or why none can be used.</summary>
public sealed record PolicyPackLookup(PolicyPack? Pack, PolicyPackError? Error)
{
    public static PolicyPackLookup Found(PolicyPack pack) => new(pack, null);

    public static PolicyPackLookup Failed(PolicyPackError error) => new(null, error);
}
