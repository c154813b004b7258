namespace LandPlatform.Pricing.Quotes;

/// <summary>Limits on what a clerk sends when fixing a reserve price.</summary>
public static class ReservePriceRules
{
    /// <summary>Parcel codes (宗地编号) are short identifiers; the bound keeps the unique index small.</summary>
    public const int MaxParcelCodeLength = 64;
}
