namespace LandPlatform.Credit.Domain;

/// <summary>An effective listing of a subject related to the checked enterprise. Names the relation, never the person.</summary>
public sealed record RelatedSubjectHit(string RelatedUscc, SubjectRelation Relation, ListingSummary Listing);
