namespace LandPlatform.Admission.Domain.Packs;

/// <summary>Admission's part of one policy pack: everything the development bureau reviews against.</summary>
public sealed record AdmissionRules(
    IReadOnlyList<LandUseRule> LandUses,
    CatalogRules Catalog,
    PlanningRules Planning,
    IReadOnlyList<IndicatorDefault> Indicators,
    IReadOnlyList<TermRule> Terms,
    IReadOnlyList<string> BiddingModes,
    string BiddingClause,
    JointReviewRules JointReview,
    string ApprovalClause,
    ExemptionRule? Exemption = null);
