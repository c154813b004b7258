namespace LandPlatform.Messaging.Outbox;

/// <summary>
/// Wakes the dispatcher as soon as outbox rows are committed, so events go out without waiting for the poll.
/// Pulses coalesce: many commits while the dispatcher is busy cause one more pass, not one per commit.
/// </summary>
public sealed class OutboxSignal
{
    private readonly SemaphoreSlim _pulse = new(0, 1);

    public void Pulse()
    {
        try
        {
            _pulse.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already signalled and not yet consumed: the pending pass will see these rows too.
        }
    }

    /// <summary>True when pulsed, false when <paramref name="timeout"/> passed first (the polling safety net).</summary>
    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) =>
        _pulse.WaitAsync(timeout, cancellationToken);
}
