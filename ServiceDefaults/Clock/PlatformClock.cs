namespace LandPlatform.ServiceDefaults.Clock;

/// <summary>
/// The process's one clock (<see cref="TimeProvider"/>): the system clock, moved forward by an offset an operator
/// sets when the platform runs with a controllable clock (end-to-end tests drive whole contract lives through years
/// this way). Time never goes backward: the audit chain, the outbox and every "today" rely on that. Timers still
/// run on real time; only what time it is moves.
/// </summary>
public sealed class PlatformClock(TimeProvider real, bool controllable) : TimeProvider
{
    private long _offsetTicks;

    /// <summary>Whether an operator may move this clock (the AppHost's <c>--controllable-clock</c>).</summary>
    public bool Controllable { get; } = controllable;

    public TimeSpan Offset => TimeSpan.FromTicks(Interlocked.Read(ref _offsetTicks));

    public override DateTimeOffset GetUtcNow() => real.GetUtcNow() + Offset;

    /// <summary>
    /// Moves the clock forward to <paramref name="to"/>. Null when done (or when <paramref name="to"/> is now);
    /// otherwise why not: the clock is not controllable, or <paramref name="to"/> is in the past.
    /// </summary>
    public string? MoveTo(DateTimeOffset to)
    {
        if (!Controllable)
        {
            return "This process runs on the system clock; start the platform with --controllable-clock to move it.";
        }

        while (true)
        {
            var current = Interlocked.Read(ref _offsetTicks);
            var now = real.GetUtcNow() + TimeSpan.FromTicks(current);
            if (to < now)
            {
                return $"The clock never goes backward: it is {now:O}, {to:O} has passed.";
            }

            var wanted = (to - real.GetUtcNow()).Ticks;
            if (Interlocked.CompareExchange(ref _offsetTicks, Math.Max(wanted, current), current) == current)
            {
                return null;
            }
        }
    }
}
