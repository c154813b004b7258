namespace LandPlatform.Admission.Domain.Packs;

/// <summary>A land use a pack's parcels may have (M1, M0 新型产业用地, 创新型产业用地), as the document names it.</summary>
public sealed record LandUseRule(string Code, string Name, string Clause);
