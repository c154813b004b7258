namespace LandPlatform.Messaging.Outbox;

/// <summary>Tuning of the outbox dispatcher; bound from configuration section "Messaging:Outbox".</summary>
public sealed class OutboxOptions
{
    public const string SectionName = "Messaging:Outbox";

    /// <summary>Safety net for missed signals (another process wrote the row, a pulse raced a commit).</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    public int BatchSize { get; set; } = 100;

    /// <summary>Failures caused by the message itself before the row is parked.</summary>
    public int MaxAttempts { get; set; } = 20;

    /// <summary>Backoff after the first failure of a row; doubles per attempt up to <see cref="MaxBackoff"/>.</summary>
    public TimeSpan InitialBackoff { get; set; } = TimeSpan.FromSeconds(1);

    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// How long one publish may wait for the broker. MassTransit waits for a connection indefinitely, so without
    /// this a broker outage would hang the dispatcher.
    /// </summary>
    public TimeSpan PublishTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Publishes of one pass waiting for the broker's confirmation at once. 1 publishes row by row; more overlap the
    /// round trips (issue 15). During an outage at most this many rows time out before the dispatcher backs off.
    /// </summary>
    public int PublishesInFlight { get; set; } = 16;

    /// <summary>Longest pause between probes while the broker is unreachable.</summary>
    public TimeSpan MaxOutageBackoff { get; set; } = TimeSpan.FromSeconds(30);

    internal TimeSpan BackoffFor(int attempts)
    {
        var factor = Math.Pow(2, Math.Clamp(attempts - 1, 0, 30));
        var delay = TimeSpan.FromMilliseconds(InitialBackoff.TotalMilliseconds * factor);
        return delay < MaxBackoff ? delay : MaxBackoff;
    }
}
