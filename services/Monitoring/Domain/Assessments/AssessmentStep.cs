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

/// <summary>One step as recorded: who, when, and the opinion written.</summary>
public sealed record RecordedStep(AssessmentStep Step, Actor By, DateTimeOffset At, string Opinion);

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
