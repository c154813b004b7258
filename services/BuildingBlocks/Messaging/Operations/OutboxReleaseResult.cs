namespace LandPlatform.Messaging.Operations;

public enum OutboxReleaseStatus
{
    Released,
    NotFound,
    NotParked,
}

/// <summary>What a release did; <see cref="Row"/> is the row's current state unless it was not found.</summary>
public sealed record OutboxReleaseResult(OutboxReleaseStatus Status, OutboxRelease? Released = null, OutboxEntry? Row = null)
{
    public static readonly OutboxReleaseResult NotFound = new(OutboxReleaseStatus.NotFound);
}
