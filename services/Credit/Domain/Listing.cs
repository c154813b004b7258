using System.Linq.Expressions;
using LandPlatform.SeedWork;

namespace LandPlatform.Credit.Domain;

/// <summary>
/// One entry in an enterprise's credit file, with due process (国办发〔2020〕49号（八）):
/// <list type="number">
/// <item>opened as a notice (<see cref="ListingStatus.Noticed"/>) resting on a legally effective document;</item>
/// <item>the enterprise may object until <see cref="LastDayToObject"/>; an objection is reviewed: upheld →
/// <see cref="ListingStatus.Withdrawn"/>, rejected → <see cref="ListingStatus.Effective"/> from the review;</item>
/// <item>with no objection it becomes effective when the objection period has elapsed (scheduled job);</item>
/// <item>only an effective listing bars land; it ends only by an explicit <see cref="Delist"/> decision.</item>
/// </list>
/// Every step appends to <see cref="History"/> (never rewritten) and raises a domain event.
/// </summary>
public sealed class Listing
{
    // The one condition behind BarsLandAt and BarringLandAt: effective, and the listing period not over.
    private static readonly Expression<Func<Listing, DateTimeOffset, bool>> InForceCondition =
        (l, now) => l.Status == ListingStatus.Effective && l.PeriodEndsAt > now;

    private static readonly Func<Listing, DateTimeOffset, bool> InForce = InForceCondition.Compile();

    private readonly List<EvidenceReference> _evidence = [];
    private readonly List<ListingHistoryEntry> _history = [];
    private readonly List<ICreditDomainEvent> _domainEvents = [];

    private Listing()
    {
    }

    public Guid Id { get; private set; }

    /// <summary>The listed enterprise's 18-character code (its credit file's key).</summary>
    public string Uscc { get; private set; } = string.Empty;

    /// <summary>The enterprise's name when the notice was issued.</summary>
    public string EnterpriseName { get; private set; } = string.Empty;

    public ListingReason Reason { get; private set; }

    public ListingStatus Status { get; private set; }

    public LegalDocument Document { get; private set; } = null!;

    /// <summary>The clause of the policy pack that lets the bureau list for <see cref="Reason"/>.</summary>
    public string LegalBasis { get; private set; } = string.Empty;

    public IReadOnlyList<EvidenceReference> Evidence => _evidence.AsReadOnly();

    public ListingSource Source { get; private set; } = null!;

    /// <summary>
    /// "EventType:EventId" when an event opened the listing, else null. The store keeps a UNIQUE index on
    /// it: the consumer looks it up before opening a notice, and a racing duplicate fails on insert.
    /// </summary>
    public string? SourceEventKey { get; private set; }

    /// <summary>The policy pack version the periods were taken from.</summary>
    public string PolicyPackId { get; private set; } = string.Empty;

    public int PolicyPackVersion { get; private set; }

    public DateTimeOffset NoticedAt { get; private set; }

    /// <summary>The last day (Beijing calendar) on which an objection is accepted.</summary>
    public DateOnly LastDayToObject { get; private set; }

    /// <summary>Midnight Beijing time after <see cref="LastDayToObject"/>: from this instant the period has elapsed.</summary>
    public DateTimeOffset ObjectionPeriodEndsAt { get; private set; }

    public ObjectionPeriod ObjectionPeriod { get; private set; } = null!;

    public ListingPeriod ListingPeriod { get; private set; } = null!;

    public Objection? Objection { get; private set; }

    /// <summary>When the listing took effect: the end of the objection period, or the rejection of the objection.</summary>
    public DateTimeOffset? EffectiveFrom { get; private set; }

    /// <summary><see cref="EffectiveFrom"/> plus the listing period: from then on it may be delisted as "period ended".</summary>
    public DateTimeOffset? PeriodEndsAt { get; private set; }

    /// <summary>The last day (Beijing calendar, inclusive) of the listing period: the day before <see cref="PeriodEndsAt"/> when that is midnight.</summary>
    public DateOnly? LastDayListed => PeriodEndsAt is { } end ? ChinaTime.LastDayBefore(end) : null;

    public DelistingDecision? Delisting { get; private set; }

    public IReadOnlyList<ListingHistoryEntry> History => _history.AsReadOnly();

    /// <summary>Raised since the listing was loaded; the service writes them to the outbox, then clears them.</summary>
    public IReadOnlyList<ICreditDomainEvent> DomainEvents => _domainEvents.AsReadOnly();

    /// <summary>
    /// Whether the listing bars the enterprise from government-supplied land and is on the public list at
    /// <paramref name="now"/>: it is effective (RULES.md §1, §5) and its listing period has not ended. At
    /// <see cref="PeriodEndsAt"/> (midnight, Beijing) the information stops being published whether or not
    /// anyone has delisted it yet (《国办发〔2025〕22号》二: 严重失信信息公示期最短为1年，最长为3年).
    /// Check, the <c>blacklisted</c> flag, the file's standing and the public list all ask this and only
    /// this; <see cref="BarringLandAt"/> is the same condition for a database query.
    /// </summary>
    public bool BarsLandAt(DateTimeOffset now) => InForce(this, now);

    /// <summary><see cref="BarsLandAt"/> as a query predicate (the store filters and pages the public list by it).</summary>
    public static Expression<Func<Listing, bool>> BarringLandAt(DateTimeOffset now)
    {
        // "now" becomes a member of a captured object, as in a C# closure: the store sends it as a parameter.
        var at = Expression.Property(Expression.Constant(new Instant(now)), nameof(Instant.Value));
        var body = new Substitution(InForceCondition.Parameters[1], at).Visit(InForceCondition.Body);
        return Expression.Lambda<Func<Listing, bool>>(body, InForceCondition.Parameters[0]);
    }

    public DateOnly NoticeDate => ChinaTime.DateOf(NoticedAt);

    /// <summary>A clerk of the credit office decides to open a notice.</summary>
    /// <exception cref="BusinessRuleBrokenException">No identified document, a document dated after the notice, or a pack not in force.</exception>
    /// <param name="listingsOfTheEnterprise">The enterprise's listings (at least the open ones): a document opens one listing.</param>
    public static Listing IssueNotice(
        Enterprise enterprise,
        IEnumerable<Listing> listingsOfTheEnterprise,
        ListingReason reason,
        LegalDocument? document,
        IEnumerable<EvidenceReference> evidence,
        Actor decidedBy,
        CreditPolicy policy,
        DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(decidedBy);
        return Open(enterprise, listingsOfTheEnterprise, reason, document, evidence, ListingSource.Decision(decidedBy), decidedBy, policy, at);
    }

    /// <summary>
    /// Opens a notice automatically from another bureau's event, citing the event and the document it
    /// carries. Idempotency is the caller's: before calling, look up a listing whose
    /// <see cref="SourceEventKey"/> equals <see cref="TriggeringEvent.Key"/> and do nothing if one exists
    /// (the unique index on the key stops a concurrent duplicate).
    /// </summary>
    /// <exception cref="BusinessRuleBrokenException">The event does not warrant a notice (see its rules), or a notice rule is broken.</exception>
    /// <exception cref="BusinessRuleBrokenException">Also when an open listing of the enterprise rests on the event's document (<see cref="ADocumentOpensOneListing"/>).</exception>
    public static Listing NoticeFromEvent(
        Enterprise enterprise, IEnumerable<Listing> listingsOfTheEnterprise, TriggeringEvent trigger, CreditPolicy policy, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(trigger);
        ArgumentNullException.ThrowIfNull(enterprise);
        ArgumentNullException.ThrowIfNull(policy);
        if (trigger.Uscc.Value != enterprise.Uscc)
        {
            throw new ArgumentException($"the event concerns {trigger.Uscc}, not {enterprise.Uscc}", nameof(enterprise));
        }

        foreach (var rule in trigger.RulesForANotice(policy))
        {
            BusinessRules.Check(rule);
        }

        return Open(
            enterprise,
            listingsOfTheEnterprise,
            trigger.Reason,
            trigger.Document,
            trigger.Evidence,
            ListingSource.Event(trigger.Type, trigger.EventId),
            Actor.CreditService,
            policy,
            at);
    }

    /// <summary>The enterprise objects (陈述、申辩) before the period ends.</summary>
    public void FileObjection(
        string objectorUscc, string grounds, IEnumerable<EvidenceReference> evidence, Actor filedBy, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(filedBy);
        ArgumentNullException.ThrowIfNull(evidence);
        BusinessRules.Check(new OnlyANoticeCanBeObjectedTo(Status));
        BusinessRules.Check(new OnlyOneObjectionPerNotice(Objection));
        BusinessRules.Check(new OnlyTheListedEnterpriseMayObject(Uscc, objectorUscc));
        BusinessRules.Check(new ObjectionMustGiveGrounds(grounds));
        BusinessRules.Check(new ListingStepsMustBeInTimeOrder(LastStepAt, at));
        BusinessRules.Check(new ObjectionMustBeFiledWithinThePeriod(LastDayToObject, ObjectionPeriodEndsAt, at, ObjectionPeriod.Clause));

        Objection = new Objection(grounds.Trim(), evidence, filedBy, at);
        Append(ListingStep.ObjectionFiled, Status, filedBy, at, $"异议提出：{grounds.Trim()}");
        _domainEvents.Add(new ObjectionFiled(Id, Uscc, EnterpriseName, at));
    }

    /// <summary>The credit office reviews (核实) the objection: upheld → withdrawn; rejected → effective from <paramref name="at"/>.</summary>
    public void ReviewObjection(ObjectionOutcome outcome, string reasons, Actor reviewedBy, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(reviewedBy);
        if (outcome == ObjectionOutcome.Pending)
        {
            throw new ArgumentException("a review decides: upheld or rejected", nameof(outcome));
        }

        BusinessRules.Check(new OnlyAPendingObjectionCanBeReviewed(Objection));
        BusinessRules.Check(new DecisionMustGiveReasons(reasons));
        BusinessRules.Check(new ListingStepsMustBeInTimeOrder(LastStepAt, at));

        Objection!.Decide(outcome, reasons.Trim(), reviewedBy, at);
        if (outcome == ObjectionOutcome.Upheld)
        {
            var from = Status;
            Status = ListingStatus.Withdrawn;
            Append(ListingStep.ObjectionUpheld, from, reviewedBy, at, $"异议成立，不予列入：{reasons.Trim()}");
            _domainEvents.Add(new ListingWithdrawn(Id, Uscc, EnterpriseName, reasons.Trim(), at));
        }
        else
        {
            TakeEffect(ListingStep.ObjectionRejected, reviewedBy, at, $"异议不成立，列入生效：{reasons.Trim()}");
        }
    }

    /// <summary>
    /// For the scheduled job: if the objection period has elapsed with no objection, the listing takes
    /// effect from the instant the period ended (not from when the job ran). Idempotent: does nothing
    /// (returns false) before the end of the period, while an objection is pending, or once decided.
    /// </summary>
    public bool TakeEffectIfObjectionPeriodElapsed(DateTimeOffset now)
    {
        if (Status != ListingStatus.Noticed || Objection is not null || now < ObjectionPeriodEndsAt)
        {
            return false;
        }

        TakeEffect(
            ListingStep.TookEffectAfterObjectionPeriod,
            Actor.CreditService,
            ObjectionPeriodEndsAt,
            $"异议期（至{LastDayToObject:yyyy-MM-dd}）届满未提出异议，列入生效");
        return true;
    }

    /// <summary>
    /// For the scheduled job: once the listing period is over, records its end in the history as a
    /// "period ended" delisting (期满移出) by the credit service, dated the instant the period ended (as a
    /// notice takes effect from the end of its objection period, not from when the job ran), and raises
    /// <see cref="EnterpriseDelisted"/> as a repair does. Idempotent: does nothing (returns false) while the
    /// period runs or once the listing is no longer effective.
    /// </summary>
    public bool DelistIfPeriodEnded(DateTimeOffset now)
    {
        if (Status != ListingStatus.Effective || BarsLandAt(now))
        {
            return false;
        }

        Delist(new DelistingDecision(
            DelistingKind.PeriodEnded,
            $"列入期（{ListingPeriod.Years}年，至 {LastDayListed:yyyy-MM-dd}）届满，停止公示（{ListingPeriod.Clause}）",
            Actor.CreditService,
            PeriodEndsAt!.Value));
        return true;
    }

    /// <summary>Ends an effective listing by an explicit decision with reasons (信用修复 / 期满移出). The listing stays in the file.</summary>
    public void Delist(DelistingDecision decision)
    {
        ArgumentNullException.ThrowIfNull(decision);
        ArgumentNullException.ThrowIfNull(decision.DecidedBy);
        BusinessRules.Check(new OnlyAnEffectiveListingCanBeDelisted(Status));
        BusinessRules.Check(new DecisionMustGiveReasons(decision.Reasons));
        BusinessRules.Check(new ListingStepsMustBeInTimeOrder(LastStepAt, decision.At));
        if (decision.Kind == DelistingKind.PeriodEnded)
        {
            BusinessRules.Check(new ListingPeriodMustHaveEnded(PeriodEndsAt, decision.At, ListingPeriod.Clause));
        }

        var reasons = decision.Reasons.Trim();
        Delisting = decision with { Reasons = reasons };
        Status = ListingStatus.Delisted;
        var what = decision.Kind == DelistingKind.PeriodEnded ? "期满移出" : "信用修复移出";
        Append(ListingStep.Delisted, ListingStatus.Effective, decision.DecidedBy, decision.At, $"{what}：{reasons}");
        _domainEvents.Add(new EnterpriseDelisted(Id, Uscc, EnterpriseName, decision.Kind, reasons, decision.At));
    }

    public void ClearDomainEvents() => _domainEvents.Clear();

    private DateTimeOffset LastStepAt => _history[^1].At;

    private static Listing Open(
        Enterprise enterprise,
        IEnumerable<Listing> listingsOfTheEnterprise,
        ListingReason reason,
        LegalDocument? document,
        IEnumerable<EvidenceReference> evidence,
        ListingSource source,
        Actor by,
        CreditPolicy policy,
        DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(enterprise);
        ArgumentNullException.ThrowIfNull(listingsOfTheEnterprise);
        ArgumentNullException.ThrowIfNull(evidence);
        ArgumentNullException.ThrowIfNull(policy);
        var noticeDate = ChinaTime.DateOf(at);
        BusinessRules.Check(new ListingMustRestOnALegallyEffectiveDocument(document));
        BusinessRules.Check(new ADocumentOpensOneListing(document!, listingsOfTheEnterprise.Where(l => l.Uscc == enterprise.Uscc)));
        BusinessRules.Check(new DocumentMustPredateTheNotice(document!, noticeDate));
        BusinessRules.Check(new PolicyMustBeInForceOnTheNoticeDate(policy, noticeDate));

        var lastDay = policy.ObjectionPeriod.LastDayAfter(noticeDate);
        var listing = new Listing
        {
            Id = Guid.CreateVersion7(at),
            Uscc = enterprise.Uscc,
            EnterpriseName = enterprise.Name,
            Reason = reason,
            Status = ListingStatus.Noticed,
            Document = document! with { Type = document.Type.Trim(), Number = document.Number.Trim() },
            LegalBasis = policy.LegalBasisFor(reason),
            Source = source,
            SourceEventKey = source.EventKey,
            PolicyPackId = policy.PackId,
            PolicyPackVersion = policy.Version,
            NoticedAt = at,
            LastDayToObject = lastDay,
            ObjectionPeriodEndsAt = ChinaTime.StartOf(lastDay.AddDays(1)),
            ObjectionPeriod = policy.ObjectionPeriod,
            ListingPeriod = policy.ListingPeriodFor(reason),
        };
        listing._evidence.AddRange(evidence);
        var origin = source.Kind == ListingSourceKind.Decision
            ? $"决定人 {source.DecidedBy!.Name}"
            : $"事件 {source.EventKey}";
        listing.Append(
            ListingStep.NoticeIssued,
            null,
            by,
            at,
            $"拟列入告知（{reason}，{origin}，依据 {listing.Document.Type} {listing.Document.Number}）；异议期至 {lastDay:yyyy-MM-dd}");
        listing._domainEvents.Add(new ListingNoticeIssued(
            listing.Id, listing.Uscc, listing.EnterpriseName, reason, listing.Document, source, lastDay, at));
        return listing;
    }

    private void TakeEffect(ListingStep step, Actor by, DateTimeOffset at, string what)
    {
        var from = Status;
        Status = ListingStatus.Effective;
        EffectiveFrom = at;
        PeriodEndsAt = ListingPeriod.EndAfter(at);
        Append(step, from, by, at, $"{what}；列入期至 {LastDayListed:yyyy-MM-dd}");
        _domainEvents.Add(new EnterpriseBlacklisted(Id, Uscc, EnterpriseName, Reason, Document, at, PeriodEndsAt.Value, step));
    }

    private void Append(ListingStep step, ListingStatus? from, Actor by, DateTimeOffset at, string what) =>
        _history.Add(new ListingHistoryEntry(_history.Count + 1, step, from, Status, by, at, what));

    private sealed record Instant(DateTimeOffset Value);

    private sealed class Substitution(ParameterExpression parameter, Expression replacement) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == parameter ? replacement : base.VisitParameter(node);
    }
}
