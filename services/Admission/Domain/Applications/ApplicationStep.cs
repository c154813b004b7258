namespace LandPlatform.Admission.Domain.Applications;

/// <summary>The steps of the review (named as their routes under /applications/{id}), and which of them each state allows.</summary>
public static class ApplicationStep
{
    public const string CheckMaterials = "material-check";
    public const string RecordOpinion = "opinions";
    public const string Propose = "proposal";
    public const string RecordDecision = "district-decisions";
    public const string Approve = "approval";
    public const string Reject = "rejection";
    public const string Suspend = "suspension";
    public const string Resume = "resumption";

    public static IReadOnlyList<string> AllowedIn(ApplicationStatus status) => status switch
    {
        ApplicationStatus.Submitted => [CheckMaterials, RecordDecision, Reject, Suspend],
        ApplicationStatus.InJointReview => [RecordOpinion, Propose, RecordDecision, Reject, Suspend],
        ApplicationStatus.Proposed => [Approve, RecordDecision, Reject, Suspend],
        ApplicationStatus.Suspended => [Resume, Reject],
        _ => [],
    };

    /// <summary>The steps a person may take next (suspension comes only from the credit office's event).</summary>
    public static IReadOnlyList<string> NextFor(ApplicationStatus status) => [.. AllowedIn(status).Where(s => s != Suspend)];
}
