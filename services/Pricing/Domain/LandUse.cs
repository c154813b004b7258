namespace LandPlatform.Pricing.Domain;

/// <summary>
/// Planning use of an industrial parcel. M0 (新型产业用地) is managed as M1 and its land-classification use
/// is 工业用地 (Binhai art. 2), so both fall under the national industrial rules.
/// </summary>
public enum LandUse
{
    M1,
    M0,
}
