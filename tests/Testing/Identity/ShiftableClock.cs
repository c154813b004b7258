namespace LandPlatform.Testing.Identity;

/// <summary>The real clock moved by <see cref="Offset"/>: tests issue expired tokens and age cached ones without sleeping.</summary>
public sealed class ShiftableClock : TimeProvider
{
    public TimeSpan Offset { get; set; }

    public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + Offset;
}
