namespace LandPlatform.Admission.Domain.Applications;

/// <summary>One bureau's opinion at the joint review meeting: who gave it, when, agree or not, and why (as the minutes record it).</summary>
public sealed record ReviewOpinion(string BureauCode, string BureauName, string Person, bool Agree, string Reasons, string RecordedBy, DateTimeOffset At);
