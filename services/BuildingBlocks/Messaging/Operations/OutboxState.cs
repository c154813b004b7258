namespace LandPlatform.Messaging.Operations;

/// <summary>Which unsent outbox rows to list: given up on (parked), or still being tried (pending).</summary>
public enum OutboxState
{
    Parked,
    Pending,
}
