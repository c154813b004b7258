namespace LandPlatform.Credit.Domain;

/// <summary>
/// One relation in an enterprise's file: its legal representative (a person) or a company it controls
/// (a code), with who recorded it and when. A relation that ends is marked ended, never removed.
/// </summary>
public sealed class RelatedSubject
{
    private RelatedSubject()
    {
    }

    private RelatedSubject(RelationKind kind, NaturalPerson? person, string? companyUscc, Actor recordedBy, DateTimeOffset recordedAt)
    {
        Id = Guid.CreateVersion7(recordedAt);
        Kind = kind;
        Person = person;
        CompanyUscc = companyUscc;
        RecordedBy = recordedBy;
        RecordedAt = recordedAt;
    }

    public Guid Id { get; private set; }

    public RelationKind Kind { get; private set; }

    /// <summary>The legal representative, when <see cref="Kind"/> is <see cref="RelationKind.LegalRepresentative"/>. Private data.</summary>
    public NaturalPerson? Person { get; private set; }

    /// <summary>The controlled company's code, when <see cref="Kind"/> is <see cref="RelationKind.ControlledCompany"/>.</summary>
    public string? CompanyUscc { get; private set; }

    public Actor RecordedBy { get; private set; } = null!;

    public DateTimeOffset RecordedAt { get; private set; }

    public Actor? EndedBy { get; private set; }

    public DateTimeOffset? EndedAt { get; private set; }

    public bool IsCurrent => EndedAt is null;

    internal static RelatedSubject LegalRepresentative(NaturalPerson person, Actor by, DateTimeOffset at) =>
        new(RelationKind.LegalRepresentative, person, null, by, at);

    internal static RelatedSubject ControlledCompany(string uscc, Actor by, DateTimeOffset at) =>
        new(RelationKind.ControlledCompany, null, uscc, by, at);

    internal void End(Actor by, DateTimeOffset at)
    {
        EndedBy = by;
        EndedAt = at;
    }
}
