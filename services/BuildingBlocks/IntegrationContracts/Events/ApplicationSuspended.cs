namespace LandPlatform.IntegrationContracts.Events;

/// <summary>Admission: an open application halted because the enterprise was blacklisted after it applied.</summary>
public sealed record ApplicationSuspended(
    Guid ApplicationId,
    string Uscc,
    string Reason) : IntegrationEvent
{
    /// <summary>The credit listing that caused it.</summary>
    public Guid? ListingId { get; init; }

    /// <summary>The state it was in, to which it returns when resumed.</summary>
    public string? SuspendedFrom { get; init; }
}
