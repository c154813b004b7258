namespace LandPlatform.Credit.Scheduling;

/// <summary>How often a scheduled listing job runs and how much it takes per run (see the derived sections).</summary>
public abstract class ListingJobOptions
{
    /// <summary>How often the job looks for listings due. A step takes effect from the instant it was due
    /// whatever the delay, so this bounds only how late the file shows it.</summary>
    public double IntervalSeconds { get; set; } = 60;

    /// <summary>Listings handled per run; the rest wait for the next run.</summary>
    public int BatchSize { get; set; } = 100;
}
