using LandPlatform.Monitoring.Domain.Policy;
using LandPlatform.SeedWork;

namespace LandPlatform.Monitoring.Domain.Assessments;

/// <summary>
/// One 达标考核 of one contract (Hangzhou art. 9; Binhai art. 13–14): the enterprise applies within the contract's
/// window, the town or platform checks the materials, the bureaus' joint review judges every committed indicator
/// against the confirmed report, the government review decides. Passed, or failed with a rectification period (the
/// pack's, ≤ 2 years); failing the rectification assessment is final.
/// </summary>
public sealed class Assessment
{
    private readonly List<RecordedStep> _steps = [];

    private Assessment()
    {
    }

    public Guid Id { get; private set; }

    public Guid ContractId { get; private set; }

    public string Uscc { get; private set; } = string.Empty;

    public string EnterpriseName { get; private set; } = string.Empty;

    public AssessmentKind Kind { get; private set; }

    public Guid? PreviousAssessmentId { get; private set; }

    public DateOnly AppliedOn { get; private set; }

    public CommittedStandard Standard { get; private set; } = null!;

    public IReadOnlyList<RecordedStep> Steps => _steps;

    /// <summary>The joint review's judgement (with any make-up applied); null before the joint review.</summary>
    public AssessmentResult? Result { get; private set; }

    public FiscalMakeUp? MakeUp { get; private set; }

    public AssessmentOutcome? Outcome { get; private set; }

    public DateOnly? DecidedOn { get; private set; }

    public DecisionDocument? Decision { get; private set; }

    /// <summary>Set on a failure that may still be rectified: the last day of the rectification period.</summary>
    public DateOnly? RectificationDeadline { get; private set; }

    /// <summary>A failure after rectification (or under a pack with none): the land is recovered, the enterprise listed.</summary>
    public bool Final { get; private set; }

    /// <summary>The day the rectification period ran out without a rectification assessment being applied for.</summary>
    public DateOnly? RectificationExpiredOn { get; private set; }

    public bool IsDecided => Outcome is not null;

    /// <summary>The government review's overrule of the joint review, when it decided otherwise.</summary>
    public GovernmentOverrule? Overrule => _steps.LastOrDefault(s => s.Overrule is not null)?.Overrule;

    /// <summary>
    /// Applies for assessment. <paramref name="previous"/> is the contract's latest assessment: none → the first,
    /// within the contract's window; a failure still in rectification → the rectification assessment, before its deadline.
    /// </summary>
    public static Assessment Apply(CommittedStandard standard, Assessment? previous, Actor by, DateTimeOffset now, string opinion)
    {
        var today = ChinaTime.DateOf(now);
        BusinessRules.Check(new OneAssessmentAtATime(previous is { IsDecided: false } ? previous.Id : null));
        BusinessRules.Check(new AContractIsAssessedUntilDecided(previous switch
        {
            { Outcome: AssessmentOutcome.Passed } => $"The contract passed assessment {previous.Id} on {previous.DecidedOn:yyyy-MM-dd}.",
            { Final: true } => $"The contract failed assessment {previous.Id} finally on {previous.DecidedOn:yyyy-MM-dd}.",
            { RectificationExpiredOn: { } expired } => $"The rectification period ended on {expired:yyyy-MM-dd} without a rectification assessment.",
            _ => null,
        }));

        var kind = AssessmentKind.Initial;
        if (previous is { RectificationDeadline: { } deadline })
        {
            BusinessRules.Check(new RectificationIsAssessedBeforeItsDeadline(today, deadline));
            kind = AssessmentKind.Rectification;
        }
        else
        {
            BusinessRules.Check(new AssessmentIsAppliedForWithinTheWindow(today, standard.AssessmentWindowOpensOn, standard.AssessmentWindowClosesOn));
        }

        var assessment = new Assessment
        {
            Id = Guid.CreateVersion7(),
            ContractId = standard.ContractId,
            Uscc = standard.Uscc,
            EnterpriseName = standard.EnterpriseName,
            Kind = kind,
            PreviousAssessmentId = previous?.Id,
            AppliedOn = today,
            Standard = standard,
        };
        assessment._steps.Add(new RecordedStep(AssessmentStep.Application, by, now, opinion));
        return assessment;
    }

    /// <summary>The steps that may be recorded next (a 409 names them when another is attempted).</summary>
    public IReadOnlyList<AssessmentStep> AllowedSteps()
    {
        if (IsDecided)
        {
            return [];
        }

        return _steps[^1].Step switch
        {
            AssessmentStep.Application => [AssessmentStep.InitialCheck],
            AssessmentStep.InitialCheck => [AssessmentStep.JointReview],
            AssessmentStep.JointReview when Result is { Passed: false } && MakeUp is null => [AssessmentStep.FiscalMakeUp, AssessmentStep.GovernmentReview],
            _ => [AssessmentStep.GovernmentReview],
        };
    }

    /// <summary>达产初审 by the town or platform.</summary>
    public void RecordInitialCheck(Actor by, DateTimeOffset now, string opinion)
    {
        BusinessRules.Check(new StepsFollowTheOrder(AssessmentStep.InitialCheck, AllowedSteps()));
        _steps.Add(new RecordedStep(AssessmentStep.InitialCheck, by, now, opinion));
    }

    /// <summary>部门联审: the bureaus' judgement of every committed indicator (computed by <see cref="AssessmentEvaluator"/>).</summary>
    public void RecordJointReview(AssessmentResult result, Actor by, DateTimeOffset now, string opinion)
    {
        BusinessRules.Check(new StepsFollowTheOrder(AssessmentStep.JointReview, AllowedSteps()));
        Result = result;
        _steps.Add(new RecordedStep(AssessmentStep.JointReview, by, now, opinion));
    }

    /// <summary>Binhai art. 14: the fiscal shortfall paid up after the joint review; it must cover the whole shortfall.</summary>
    public void RecordFiscalMakeUp(MonitoringPolicy policy, FiscalMakeUp makeUp)
    {
        BusinessRules.Check(new StepsFollowTheOrder(AssessmentStep.FiscalMakeUp, AllowedSteps()));
        BusinessRules.Check(new AMakeUpCoversTheShortfall(AssessmentEvaluator.MakeUpDue(Result!, policy), makeUp.AmountYuan));
        MakeUp = makeUp;
        Result = AssessmentEvaluator.ApplyMakeUp(Result!, policy, makeUp);
        _steps.Add(new RecordedStep(AssessmentStep.FiscalMakeUp, makeUp.RecordedBy, makeUp.RecordedAt, $"{makeUp.AmountYuan:0.00} 元 paid on {makeUp.PaidOn:yyyy-MM-dd} ({makeUp.Receipt})"));
    }

    /// <summary>
    /// 政府复审: decides on the joint review's judgement, under the decision document; or, with
    /// <paramref name="overrule"/>, decides otherwise, with the reason (it must differ from what the joint review found).
    /// </summary>
    public void RecordGovernmentReview(
        MonitoringPolicy policy, DecisionDocument document, Actor by, DateTimeOffset now, string opinion, (AssessmentOutcome Decided, string Reason)? overrule = null)
    {
        BusinessRules.Check(new StepsFollowTheOrder(AssessmentStep.GovernmentReview, AllowedSteps()));
        var found = Result!.Passed ? AssessmentOutcome.Passed : AssessmentOutcome.Failed;
        if (overrule is { } o)
        {
            BusinessRules.Check(new AnOverruleDecidesOtherwise(found, o.Decided));
        }

        var overruling = overrule is { } d ? new GovernmentOverrule(found, d.Decided, d.Reason) : null;
        _steps.Add(new RecordedStep(AssessmentStep.GovernmentReview, by, now, opinion, overruling));
        Decision = document;
        DecidedOn = ChinaTime.DateOf(now);
        if ((overruling?.Decided ?? found) == AssessmentOutcome.Passed)
        {
            Outcome = AssessmentOutcome.Passed;
            return;
        }

        Outcome = AssessmentOutcome.Failed;
        var years = (int)policy.RectificationYears.Value;
        Final = Kind == AssessmentKind.Rectification || years == 0;
        RectificationDeadline = Final ? null : DecidedOn.Value.AddYears(years);
    }

    /// <summary>
    /// The rectification period ran out with no rectification assessment applied for: the failure becomes final
    /// (Hangzhou art. 9 整改期满仍未达标的…解除合同). Returns false when nothing changes (idempotent for the job).
    /// </summary>
    public bool ExpireRectification(DateOnly today, bool rectificationApplied)
    {
        if (RectificationDeadline is not { } deadline || today <= deadline || rectificationApplied || RectificationExpiredOn is not null)
        {
            return false;
        }

        RectificationExpiredOn = today;
        return true;
    }
}
