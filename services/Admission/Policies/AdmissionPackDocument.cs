using LandPlatform.Admission.Domain.Packs;

namespace LandPlatform.Admission.Policies;

/// <summary>One pack version's file: the document's identity, then admission's rules from it.</summary>
internal sealed record AdmissionPackDocument(
    string? Id,
    int? Version,
    string? Title,
    string? DocumentNumber,
    string? IssuingBody,
    string? District,
    DateOnly? EffectiveFrom,
    DateOnly? EffectiveTo,
    string? EffectivePeriodClause,
    AdmissionRules? Admission);
