namespace LandPlatform.AppHost.Hosting.Resources;

/// <summary>
/// How an unexpectedly exited process is restarted: exponential backoff (1 s, 2 s, 4 s…, capped)
/// so a crash loop does not spin the CPU, and a maximum count so a broken build ends as Failed
/// instead of restarting forever.
/// </summary>
public sealed record RestartPolicy(int MaxRestarts, TimeSpan InitialDelay, TimeSpan MaxDelay)
{
    public static RestartPolicy Default { get; } = new(5, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(30));

    public static RestartPolicy Never { get; } = new(0, TimeSpan.Zero, TimeSpan.Zero);

    /// <summary>A process that stayed healthy this long counts as recovered: its restart count starts over.</summary>
    public TimeSpan StableAfter { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Delay before restart number <paramref name="restart"/> (1-based).</summary>
    public TimeSpan DelayFor(int restart)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(restart, 1);
        // Cap the exponent before shifting so a large count cannot overflow.
        var factor = Math.Pow(2, Math.Min(restart - 1, 30));
        var delay = TimeSpan.FromTicks((long)Math.Min(InitialDelay.Ticks * factor, MaxDelay.Ticks));
        return delay;
    }
}
