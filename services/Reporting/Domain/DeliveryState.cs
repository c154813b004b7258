namespace LandPlatform.Reporting.Domain;

/// <summary>Where an upward record stands in the delivery ledger.</summary>
public enum DeliveryState
{
    /// <summary>Waiting to be sent, or waiting for its next attempt.</summary>
    Pending,

    /// <summary>The platform answered with a receipt number.</summary>
    Delivered,

    /// <summary>The platform refused it with a reason; it waits for an operator's correction.</summary>
    Rejected,

    /// <summary>Too many failed attempts; it waits for an operator's replay.</summary>
    Parked,
}
