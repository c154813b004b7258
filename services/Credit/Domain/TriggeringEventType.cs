namespace LandPlatform.Credit.Domain;

/// <summary>The other bureaus' events that open a notice automatically (issue 4).</summary>
public enum TriggeringEventType
{
    ContractTerminated,
    AssessmentFailed,
    AnnualCheckFailed,
    IdleLandDetected,
}
