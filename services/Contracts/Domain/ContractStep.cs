using LandPlatform.Contracts.Domain.Lifecycle;

namespace LandPlatform.Contracts.Domain;

/// <summary>One step of a contract's life, never rewritten: what, from which state to which, on which day, who, when.</summary>
public sealed record ContractStep(
    int Number,
    ContractAction Action,
    ContractState From,
    ContractState To,
    DateOnly EffectiveOn,
    DateTimeOffset RecordedAt,
    string ActorId,
    string ActorName,
    string? Note);
