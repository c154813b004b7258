namespace LandPlatform.IntegrationContracts.Events;

/// <summary>How a parcel is supplied (供应方式); the names travel in events and gRPC.</summary>
public static class SupplyModes
{
    /// <summary>出让: granted for the term, price paid up front.</summary>
    public const string Grant = "Grant";

    /// <summary>租赁: leased, annual rent.</summary>
    public const string Lease = "Lease";

    /// <summary>先租后让: leased first, granted after the assessment passes.</summary>
    public const string LeaseThenTransfer = "LeaseThenTransfer";

    public static bool IsKnown(string? mode) => mode is Grant or Lease or LeaseThenTransfer;
}
