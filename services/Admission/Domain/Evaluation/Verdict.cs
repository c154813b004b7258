namespace LandPlatform.Admission.Domain.Evaluation;

public enum Verdict
{
    /// <summary>符合: every condition is met (or waived by a recorded district decision).</summary>
    Meets,

    /// <summary>不符合: a condition is not met and nothing can waive it.</summary>
    DoesNotMeet,

    /// <summary>Only conditions a district-government decision may waive are not met.</summary>
    NeedsExemption,
}
