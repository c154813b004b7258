using LandPlatform.Monitoring.Domain.Indicators;

namespace LandPlatform.Monitoring.Domain.Reports;

/// <summary>One version of a report as it was written: the first as the enterprise submitted it, each later one a correction with who and why.</summary>
public sealed record ReportVersion(int Number, Figures Figures, Actor By, DateTimeOffset At, string? Reason);

/// <summary>A bureau confirmed the figures it owns as they stand in one version.</summary>
public sealed record FigureConfirmation(OwningBureau Bureau, int Version, Actor By, DateTimeOffset At);
