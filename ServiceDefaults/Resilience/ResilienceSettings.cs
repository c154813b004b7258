namespace LandPlatform.ServiceDefaults.Resilience;

public sealed record ResilienceSettings(
    TimeSpan TotalTimeout,
    TimeSpan AttemptTimeout,
    int MaxRetryAttempts,
    TimeSpan FirstRetryDelay)
{
    public static ResilienceSettings Default { get; } = new(
        TotalTimeout: TimeSpan.FromSeconds(30),
        AttemptTimeout: TimeSpan.FromSeconds(10),
        MaxRetryAttempts: 3,
        FirstRetryDelay: TimeSpan.FromMilliseconds(200));
}
