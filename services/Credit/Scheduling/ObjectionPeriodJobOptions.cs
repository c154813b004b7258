namespace LandPlatform.Credit.Scheduling;

/// <summary>Configuration section <c>Credit:ObjectionPeriodJob</c>.</summary>
public sealed class ObjectionPeriodJobOptions
{
    public const string SectionName = "Credit:ObjectionPeriodJob";

    /// <summary>How often the job looks for notices whose objection period has elapsed. A listing takes effect
    /// from the end of the period whatever the delay, so this bounds only how late the file shows it.</summary>
    public double IntervalSeconds { get; set; } = 60;

    /// <summary>Notices handled per run; the rest wait for the next run.</summary>
    public int BatchSize { get; set; } = 100;
}
