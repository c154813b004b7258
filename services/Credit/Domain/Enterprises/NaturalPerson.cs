namespace LandPlatform.Credit.Domain;

/// <summary>
/// A legal representative: a person, whose identity-document number is personal information. It is
/// kept only to recognise the same person behind two enterprises; it is never disclosed, never put in
/// a projection or event, and never printed (<see cref="ToString"/> masks it, so logs cannot leak it).
/// </summary>
public sealed record NaturalPerson
{
    private NaturalPerson()
    {
    }

    public NaturalPerson(string name, string idNumber)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(idNumber);
        Name = name.Trim();
        IdNumber = Normalize(idNumber);
    }

    public string Name { get; private init; } = string.Empty;

    /// <summary>Resident ID card or passport number, spaces removed and letters upper-cased (a final 'x' is 'X').</summary>
    public string IdNumber { get; private init; } = string.Empty;

    public bool IsSamePersonAs(NaturalPerson other) => string.Equals(IdNumber, other?.IdNumber, StringComparison.Ordinal);

    public override string ToString() => $"{Name} (ID withheld)";

    private static string Normalize(string idNumber) =>
        string.Concat(idNumber.Where(c => !char.IsWhiteSpace(c))).ToUpperInvariant();
}
