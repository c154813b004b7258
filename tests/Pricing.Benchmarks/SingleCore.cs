using System.Diagnostics;
using System.Runtime.InteropServices;

namespace LandPlatform.Pricing.Benchmarks;

/// <summary>
/// Pins the process to one core, so "per second" means per core and the tiered JIT's background
/// compilation competes with the measured loop instead of borrowing another core.
/// </summary>
internal static class SingleCore
{
    public static void Pin()
    {
        if (OperatingSystem.IsLinux() || OperatingSystem.IsWindows())
        {
            try
            {
                Process.GetCurrentProcess().ProcessorAffinity = 1;
            }
            catch (Exception ex) when (ex is System.ComponentModel.Win32Exception or PlatformNotSupportedException or ExternalException)
            {
                Console.WriteLine($"could not pin to one core ({ex.Message}); the loop is single-threaded anyway");
            }
        }
    }
}
