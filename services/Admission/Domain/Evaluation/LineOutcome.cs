namespace LandPlatform.Admission.Domain.Evaluation;

public enum LineOutcome
{
    Pass,
    Fail,

    /// <summary>Not met, but the district government may decide otherwise (exemption or consent).</summary>
    NeedsDecision,

    /// <summary>Not met, and the district government's recorded decision waived it.</summary>
    Waived,
}
