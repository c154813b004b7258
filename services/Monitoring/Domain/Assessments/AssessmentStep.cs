namespace LandPlatform.Monitoring.Domain.Assessments;

/// <summary>The steps of 达标考核 (Hangzhou art. 9): application, 达产初审, 部门联审, 政府复审.</summary>
public enum AssessmentStep
{
    Application,
    InitialCheck,
    JointReview,
    FiscalMakeUp,
    GovernmentReview,
}

/// <summary>One step as recorded: who, when, and the opinion written; a government review that overrules the joint review carries it.</summary>
public sealed record RecordedStep(AssessmentStep Step, Actor By, DateTimeOffset At, string Opinion, GovernmentOverrule? Overrule = null);

/// <summary>
/// 政府复审 deciding otherwise than the joint review (Hangzhou art. 9 3. 由区政府对达产验收意见进行研究审定: the
/// government examines the joint review's opinion and decides; it is not bound by it). Kept with what the joint
/// review found and why the government decided otherwise; who and when are the step's.
/// </summary>
public sealed record GovernmentOverrule(AssessmentOutcome JointReviewFound, AssessmentOutcome Decided, string Reason)
{
    public string Explanation => $"政府复审改变部门联审意见：联审{Word(JointReviewFound)}，复审决定{Word(Decided)}。理由：{Reason}";

    private static string Word(AssessmentOutcome outcome) => outcome == AssessmentOutcome.Passed ? "达标" : "未达标";
}

public enum AssessmentKind
{
    /// <summary>The first assessment after completion.</summary>
    Initial,

    /// <summary>The assessment at the end of rectification; failing it is final.</summary>
    Rectification,
}

public enum AssessmentOutcome
{
    Passed,
    Failed,
}

/// <summary>The government's decision document (政府复审), on which credit's notice and contracts' termination rest.</summary>
public sealed record DecisionDocument(string Type, string Number, DateOnly Date);
