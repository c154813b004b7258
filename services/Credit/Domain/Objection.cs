namespace LandPlatform.Credit.Domain;

/// <summary>
/// The enterprise's objection to a notice (陈述、申辩) and its review (核实): 国办发〔2020〕49号（八）
/// "当事人提出异议的，应当核实，并在规定的期限内反馈结果".
/// </summary>
public sealed class Objection
{
    private Objection()
    {
    }

    internal Objection(string grounds, IEnumerable<EvidenceReference> evidence, Actor filedBy, DateTimeOffset filedAt)
    {
        Grounds = grounds;
        _evidence.AddRange(evidence);
        FiledBy = filedBy;
        FiledAt = filedAt;
        Outcome = ObjectionOutcome.Pending;
    }

    private readonly List<EvidenceReference> _evidence = [];

    public string Grounds { get; private set; } = string.Empty;

    public IReadOnlyList<EvidenceReference> Evidence => _evidence.AsReadOnly();

    public Actor FiledBy { get; private set; } = null!;

    public DateTimeOffset FiledAt { get; private set; }

    public ObjectionOutcome Outcome { get; private set; }

    public string? ReviewReasons { get; private set; }

    public Actor? ReviewedBy { get; private set; }

    public DateTimeOffset? ReviewedAt { get; private set; }

    public bool IsPending => Outcome == ObjectionOutcome.Pending;

    internal void Decide(ObjectionOutcome outcome, string reasons, Actor reviewedBy, DateTimeOffset at)
    {
        Outcome = outcome;
        ReviewReasons = reasons;
        ReviewedBy = reviewedBy;
        ReviewedAt = at;
    }
}
