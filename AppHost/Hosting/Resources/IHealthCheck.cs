namespace LandPlatform.AppHost.Hosting.Resources;

/// <summary>One readiness probe; the runner polls it until it answers true or the start-up window closes.</summary>
public interface IHealthCheck
{
    /// <summary>Pause between attempts: short, because start-up time is what the operator waits on.</summary>
    TimeSpan PollInterval { get; }

    Task<bool> IsHealthyAsync(CancellationToken cancellationToken);

    /// <summary>What is probed, for the failure message.</summary>
    string Description { get; }
}
