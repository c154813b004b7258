using LandPlatform.IntegrationContracts.Events;

namespace LandPlatform.Reporting.Records;

/// <summary>The supply mode as the national system names it (供应方式).</summary>
public static class SupplyModeNames
{
    public static string ToNational(string mode) => mode switch
    {
        SupplyModes.Grant => "出让",
        SupplyModes.Lease => "租赁",
        SupplyModes.LeaseThenTransfer => "先租后让",
        _ => mode,
    };
}
