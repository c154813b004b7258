namespace LandPlatform.Credit.Domain;

/// <summary>A pointer to evidence kept in the document store: its id and title, never its contents.</summary>
public sealed record EvidenceReference(string Id, string Title);
