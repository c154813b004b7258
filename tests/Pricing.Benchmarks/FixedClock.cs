namespace LandPlatform.Pricing.Benchmarks;

/// <summary>A fixed "now" inside the Binhai pack's period, so the benchmark never depends on today's date.</summary>
internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
