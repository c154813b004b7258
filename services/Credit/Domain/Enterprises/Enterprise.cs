using LandPlatform.IntegrationContracts.Enterprises;
using LandPlatform.SeedWork;

namespace LandPlatform.Credit.Domain;

/// <summary>
/// An enterprise's credit file: one per subject (一主体一档案, RULES.md §0), keyed by its unified
/// social credit code, with its related subjects (legal representative, controlled companies).
/// Listings reference the file by code; they are separate aggregates.
/// </summary>
public sealed class Enterprise
{
    private readonly List<RelatedSubject> _relatedSubjects = [];

    private Enterprise()
    {
    }

    /// <summary>The 18-character code; the file's key.</summary>
    public string Uscc { get; private set; } = string.Empty;

    public string Name { get; private set; } = string.Empty;

    public Actor OpenedBy { get; private set; } = null!;

    public DateTimeOffset OpenedAt { get; private set; }

    /// <summary>Every relation ever recorded, current and ended, in the order recorded.</summary>
    public IReadOnlyList<RelatedSubject> RelatedSubjects => _relatedSubjects.AsReadOnly();

    /// <summary>The current legal representative, if one is recorded.</summary>
    public NaturalPerson? LegalRepresentative =>
        _relatedSubjects.LastOrDefault(r => r is { Kind: RelationKind.LegalRepresentative, IsCurrent: true })?.Person;

    /// <summary>Codes of the companies this enterprise currently controls.</summary>
    public IEnumerable<string> ControlledCompanies =>
        _relatedSubjects.Where(r => r is { Kind: RelationKind.ControlledCompany, IsCurrent: true }).Select(r => r.CompanyUscc!);

    public static Enterprise Open(UnifiedSocialCreditCode code, string name, Actor openedBy, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(openedBy);
        if (code == default)
        {
            throw new ArgumentException("a parsed code is required", nameof(code));
        }

        return new Enterprise { Uscc = code.Value, Name = name.Trim(), OpenedBy = openedBy, OpenedAt = at };
    }

    /// <summary>Records a (new) legal representative; the previous one's relation is ended at the same moment.</summary>
    public void RecordLegalRepresentative(NaturalPerson person, Actor by, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(person);
        ArgumentNullException.ThrowIfNull(by);
        var current = _relatedSubjects.LastOrDefault(r => r is { Kind: RelationKind.LegalRepresentative, IsCurrent: true });
        if (current?.Person is { } same && same.IsSamePersonAs(person))
        {
            return;
        }

        current?.End(by, at);
        _relatedSubjects.Add(RelatedSubject.LegalRepresentative(person, by, at));
    }

    public void RecordControlledCompany(UnifiedSocialCreditCode company, Actor by, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(by);
        BusinessRules.Check(new AnEnterpriseCannotControlItself(Uscc, company.Value));
        BusinessRules.Check(new ACurrentRelationIsRecordedOnce(ControlledCompanies.Contains(company.Value), company.Value));
        _relatedSubjects.Add(RelatedSubject.ControlledCompany(company.Value, by, at));
    }

    public void EndControlOf(UnifiedSocialCreditCode company, Actor by, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(by);
        var relation = _relatedSubjects.FirstOrDefault(r =>
            r is { Kind: RelationKind.ControlledCompany, IsCurrent: true } && r.CompanyUscc == company.Value);
        BusinessRules.Check(new OnlyACurrentRelationCanBeEnded(relation, company.Value));
        relation!.End(by, at);
    }
}
