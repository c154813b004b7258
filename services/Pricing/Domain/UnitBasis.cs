namespace LandPlatform.Pricing.Domain;

/// <summary>What a unit price is per: m² of land (地面地价) or m² of floor area (楼面地价).</summary>
public enum UnitBasis
{
    Land,
    Floor,
}
