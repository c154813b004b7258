namespace LandPlatform.AppHost.Restarts;

/// <summary>1, 2, 4 … seconds between restarts, capped; a resource that ran long enough starts again at 1 s.</summary>
public static class RestartBackoff
{
    public static readonly TimeSpan Cap = TimeSpan.FromSeconds(30);

    /// <summary>A run this long counts as recovered: the next crash waits 1 s again.</summary>
    public static readonly TimeSpan StableRun = TimeSpan.FromMinutes(1);

    /// <param name="restarts">Restarts already made in the current crash series (0 for the first).</param>
    public static TimeSpan Delay(int restarts) =>
        restarts >= 5 ? Cap : TimeSpan.FromSeconds(Math.Min(Cap.TotalSeconds, 1 << restarts));
}
