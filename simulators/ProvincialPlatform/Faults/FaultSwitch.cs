namespace LandPlatform.ProvincialPlatform.Faults;

/// <summary>How the simulator misbehaves, set over the admin endpoint.</summary>
public enum FaultMode
{
    /// <summary>Checks, stores and answers.</summary>
    Normal,

    /// <summary>503 for every record, nothing stored.</summary>
    Down,

    /// <summary>Waits <see cref="FaultSettings.DelayMs"/> before handling each record (the record is still stored, even if the sender gave up).</summary>
    Slow,

    /// <summary>Refuses every record with 422 and a reason.</summary>
    Reject,

    /// <summary>Stores the record, then drops the connection: the receipt never reaches the sender.</summary>
    DropReply,
}

public sealed record FaultSettings(FaultMode Mode, int DelayMs);

public sealed class FaultSwitch
{
    private volatile FaultSettings _current = new(FaultMode.Normal, 0);

    public FaultSettings Current => _current;

    public void Set(FaultSettings settings) => _current = settings;
}
