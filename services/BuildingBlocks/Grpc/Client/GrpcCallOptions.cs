namespace LandPlatform.Grpc;

/// <summary>Per-call settings. With both <see cref="Deadline"/> and <see cref="Timeout"/>, the
/// earlier wins. Without either the call has no deadline (the spec's default: infinite).</summary>
public sealed record GrpcCallOptions
{
    public static GrpcCallOptions Default { get; } = new();

    /// <summary>Absolute deadline (UTC), sent to the server as a relative grpc-timeout.</summary>
    public DateTime? Deadline { get; init; }

    public TimeSpan? Timeout { get; init; }

    /// <summary>Custom metadata sent as request headers (e.g. "authorization", "x-audit-id").
    /// Names must be lower-case; names starting "grpc-" are reserved by the protocol.</summary>
    public IReadOnlyDictionary<string, string>? Headers { get; init; }

    public CancellationToken CancellationToken { get; init; }

    internal DateTime? EffectiveDeadline(DateTime utcNow)
    {
        DateTime? fromTimeout = Timeout switch
        {
            null => null,
            // Timeout.InfiniteTimeSpan is .NET's spelling of "no timeout", not a past deadline.
            { } t when t == System.Threading.Timeout.InfiniteTimeSpan => null,
            { } t when t >= DateTime.MaxValue - utcNow => null,
            { } t => utcNow + t,
        };
        DateTime? deadline = Deadline is { } d0 && d0 != DateTime.MaxValue ? d0.ToUniversalTime() : null;
        return (deadline, fromTimeout) switch
        {
            ({ } d, { } t) => d < t ? d : t,
            ({ } d, null) => d,
            (null, { } t) => t,
            _ => null,
        };
    }
}
