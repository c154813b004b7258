namespace LandPlatform.Contracts.Domain.Policy;

/// <summary>
/// A number (or flag) of a policy pack with the clause of the document it comes from, quoted, and — where the
/// seed is silent and the bureau chose — a note saying why.
/// </summary>
public sealed record Cited<T>(T Value, string Clause)
{
    public string? Note { get; init; }
}
