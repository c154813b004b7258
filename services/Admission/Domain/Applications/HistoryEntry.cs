namespace LandPlatform.Admission.Domain.Applications;

/// <summary>One step of an application's life, appended and never changed: what, from which state to which, who, when, why.</summary>
public sealed record HistoryEntry(string Step, string From, string To, string By, DateTimeOffset At, string? Note = null);
