namespace LandPlatform.ServiceDefaults.Memory;

/// <summary>Configuration section "Memory": the one-off collection after start-up (see <see cref="StartupMemoryTrim"/>).</summary>
public sealed class StartupMemoryTrimOptions
{
    public const string SectionName = "Memory";

    public bool TrimAfterStartup { get; set; } = true;

    /// <summary>
    /// Time after the host reports started before collecting: the bus connects, receive endpoints start and the
    /// first readiness probes run just after start-up, and their garbage should be gone with the rest.
    /// </summary>
    public TimeSpan TrimDelay { get; set; } = TimeSpan.FromSeconds(5);
}
