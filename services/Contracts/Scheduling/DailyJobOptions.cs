namespace LandPlatform.Contracts.Scheduling;

/// <summary>Configuration section <c>Contracts:DailyJob</c>.</summary>
public sealed class DailyJobOptions
{
    public const string SectionName = "Contracts:DailyJob";

    /// <summary>How often the job asks the clock whether a new day has begun (tests set a fraction of a second).</summary>
    public double PollSeconds { get; set; } = 60;

    /// <summary>Contracts looked at and saved together in one transaction.</summary>
    public int BatchSize { get; set; } = 200;
}
