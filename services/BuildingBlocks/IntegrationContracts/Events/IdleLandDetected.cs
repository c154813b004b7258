namespace LandPlatform.IntegrationContracts.Events;

/// <summary>Monitoring: construction has not started on the parcel for YearsIdle years.</summary>
public sealed record IdleLandDetected(
    Guid ContractId,
    string Uscc,
    string ParcelCode,
    DateOnly DetectedOn,
    int YearsIdle) : IntegrationEvent
{
    // Added after v1 as optional members, so earlier publishers stay compatible. The credit office opens a
    // notice only on a legally effective document (国办发〔2020〕49号 二): without one it records the event and lists nothing.
    public string? DocumentType { get; init; }

    public string? DocumentNumber { get; init; }

    public DateOnly? DocumentDate { get; init; }

    /// <summary>The enterprise's name, so the credit office can open its file if it has none yet.</summary>
    public string? EnterpriseName { get; init; }

    /// <summary>The day from which the land counts as idle (agreed start date, or the day work stopped); defaults to DetectedOn − YearsIdle.</summary>
    public DateOnly? IdleSince { get; init; }

    /// <summary>Idle because of the government (闲置土地处置办法 第八条): no notice.</summary>
    public bool CausedByGovernment { get; init; }
}
