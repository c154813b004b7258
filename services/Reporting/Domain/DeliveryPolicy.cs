namespace LandPlatform.Reporting.Domain;

/// <summary>
/// How hard delivery tries (configuration section <c>Reporting:Delivery</c>): exponential backoff from
/// <see cref="InitialDelay"/>, doubled per attempt up to <see cref="MaxDelay"/>, with "full jitter" between half
/// and all of it so districts recovering from one outage do not retry in step; <see cref="MaxAttempts"/> then park.
/// Defaults ride out an hour-long outage: 15 attempts reach the 10-minute cap after 7 and span about 1.5 hours.
/// </summary>
public sealed class DeliveryPolicy
{
    public const string SectionName = "Reporting:Delivery";

    public TimeSpan InitialDelay { get; set; } = TimeSpan.FromSeconds(5);

    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromMinutes(10);

    public int MaxAttempts { get; set; } = 15;

    /// <summary>How long one attempt waits for the platform's answer.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// A new record waits this long before its first attempt. Facts of one parcel arrive on separate queues; the wait
    /// lets a slower queue's earlier fact join the ledger first, so the parcel's records go out in the order the
    /// facts happened.
    /// </summary>
    public TimeSpan OrderingWindow { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How often the ledger is looked at when nothing signalled new work.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Records (of different parcels) in flight at once.</summary>
    public int Parallelism { get; set; } = 8;

    /// <param name="attempts">Attempts made so far (1 after the first failure).</param>
    /// <param name="jitterSample">A uniform sample in [0, 1).</param>
    public TimeSpan DelayAfter(int attempts, double jitterSample)
    {
        var exponent = Math.Min(Math.Max(attempts - 1, 0), 30);
        var ceiling = Math.Min(InitialDelay.TotalMilliseconds * Math.Pow(2, exponent), MaxDelay.TotalMilliseconds);
        return TimeSpan.FromMilliseconds(ceiling * (0.5 + (0.5 * Math.Clamp(jitterSample, 0, 1))));
    }
}
