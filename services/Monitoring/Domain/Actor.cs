namespace LandPlatform.Monitoring.Domain;

/// <summary>Who did something, as the record keeps it: person id, name and bureau (enterprise, statistics, tax, development…).</summary>
public sealed record Actor(string PersonId, string? Name, string? Bureau);
