namespace LandPlatform.Admission.Domain.Standards;

/// <summary>One thing the pack checked in a standard: what, the standard's value, the pack's limit, pass or fail, the clause.</summary>
public sealed record StandardCheckLine(string Rule, string Subject, string Value, string Limit, bool Pass, string Clause);
